import type { Stated } from "../stated.js";

/** The key of a date no event word owns. */
export const UNKEYED = "date: unspecified";
/** Dates keyed by what someone said, not by an event: no home for an unkeyed date. */
const NOT_EVENTS: ReadonlySet<string> = new Set([UNKEYED, "date: statement"]);

/**
 * A year, or a day of an earlier year, that no event word of its sentence owns ("in 2010, she …")
 * is the date another report gives an event ("elected in 2010" → date: vote) when exactly one event of the
 * story has that very date: it joins that event's slot. A date shared by two events, or by none,
 * stays unkeyed; so does a day of the report's own year, which may be any day of the story ("on
 * Sunday, rescuers …"): joined to the event's day, it would back one report's day against another's.
 */
export function joinUnkeyedDates(stated: Stated[]): Stated[] {
  const keysOf = new Map<string, Set<string>>();
  for (const s of stated) {
    if (s.claim.kind !== "date" || NOT_EVENTS.has(s.claim.key)) continue;
    keysOf.set(s.value, (keysOf.get(s.value) ?? new Set()).add(s.claim.key));
  }
  if (keysOf.size === 0) return stated;
  return stated.map((s) => {
    if (s.claim.kind !== "date" || s.claim.key !== UNKEYED || !ofEarlierYear(s)) return s;
    const keys = keysOf.get(s.value);
    return keys?.size === 1 ? { ...s, claim: { ...s.claim, key: [...keys][0]! } } : s;
  });
}

/** A year alone ("in 2010"), or a day of a year before the one the report was published in. */
function ofEarlierYear(s: Stated): boolean {
  if (/^\d{4}$/.test(s.value)) return true;
  const published = Number(s.article.article.published?.slice(0, 4));
  return Number.isFinite(published) && published > 0 && Number(s.value.slice(0, 4)) < published;
}
