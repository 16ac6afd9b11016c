import type { Stated } from "./stated.js";

/**
 * A date no event word owns in its report ("date: unspecified") that is the very day another
 * report gives for one event ("date: fire") dates that event too: it joins that slot and
 * corroborates it. Only a calendar day, and only when exactly one event slot of the story has
 * that day, so that a day two events share stays where it was said.
 */
export function joinUnkeyedDates(stated: Stated[]): Stated[] {
  const slotsByDay = new Map<string, Set<string>>();
  for (const s of stated) {
    if (s.claim.kind !== "date" || s.claim.key === UNKEYED || !DAY.test(s.value)) continue;
    slotsByDay.set(s.value, (slotsByDay.get(s.value) ?? new Set()).add(s.claim.key));
  }
  return stated.map((s) => {
    if (s.claim.kind !== "date" || s.claim.key !== UNKEYED) return s;
    const slots = slotsByDay.get(s.value);
    if (!slots || slots.size !== 1) return s;
    const [key] = slots;
    return { ...s, claim: { ...s.claim, key: key! } };
  });
}

const UNKEYED = "date: unspecified";
const DAY = /^\d{4}-\d{2}-\d{2}$/;
