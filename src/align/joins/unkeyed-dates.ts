import type { Stated } from "../stated.js";

const UNKEYED = "date: unspecified";
/** Dates keyed by what someone said, not by an event: no home for an unkeyed date. */
const NOT_EVENTS: ReadonlySet<string> = new Set([UNKEYED, "date: statement"]);

/**
 * A date no event word of its sentence owns ("Born in 1955, Berg …", "in 2010, she …") is the date
 * another report gives an event ("was born on 14 March 1955" → date: birth, "elected in 2010" →
 * date: vote) when exactly one event of the story has that very date: it joins that event's slot.
 * A date shared by two events, or by none, stays unkeyed.
 */
export function joinUnkeyedDates(stated: Stated[]): Stated[] {
  const keysOf = new Map<string, Set<string>>();
  for (const s of stated) {
    if (s.claim.kind !== "date" || NOT_EVENTS.has(s.claim.key)) continue;
    keysOf.set(s.value, (keysOf.get(s.value) ?? new Set()).add(s.claim.key));
  }
  if (keysOf.size === 0) return stated;
  return stated.map((s) => {
    if (s.claim.kind !== "date" || s.claim.key !== UNKEYED) return s;
    const keys = keysOf.get(s.value);
    return keys?.size === 1 ? { ...s, claim: { ...s.claim, key: [...keys][0]! } } : s;
  });
}
