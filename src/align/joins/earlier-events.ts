import type { Stated } from "../stated.js";
import { UNKEYED } from "./unkeyed-dates.js";
/** Years before the story's own a year alone must be to date an earlier event of the same kind. */
const EARLIER_EVENT_YEARS = 2;

/**
 * "the 2019 elections", "the highest turnout since 1990": a year alone, two or more years before the
 * story, on an event the story also dates recently, is an earlier event of that kind (the last
 * vote), not this one: it leaves the event's slot, so it neither backs nor disputes this event's date.
 * An event the story dates only long ago keeps its year (an inquiry into a collapse years back).
 */
export function joinEarlierEvents(stated: Stated[], storyYear: number | undefined): Stated[] {
  if (storyYear === undefined) return stated;
  const recent = new Set<string>();
  for (const s of stated) {
    if (s.claim.kind === "date" && s.claim.key !== UNKEYED && yearOf(s) >= storyYear - 1) recent.add(s.claim.key);
  }
  if (recent.size === 0) return stated;
  return stated.map((s) =>
    s.claim.kind === "date" && s.claim.precision === "year" && recent.has(s.claim.key) && yearOf(s) <= storyYear - EARLIER_EVENT_YEARS
      ? { ...s, claim: { ...s.claim, key: UNKEYED } }
      : s,
  );
}

function yearOf(s: Stated): number {
  return Number(s.value.slice(0, 4));
}
