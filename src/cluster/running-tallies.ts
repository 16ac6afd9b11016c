import type { Claim } from "../types.js";
import type { Vector } from "./features.js";

/**
 * Tallies a report gives as still moving ("the toll rose to", "has burned", "so far") mark an
 * event that is not over: a fire, a flood, an epidemic is reported for weeks, each report with
 * the tally of its day. They enter a report's vector as `r:` terms keyed by what they measure
 * (not by value: the values are what moves), so a story keeps them in its centroid, in memory and
 * in a store alike, and the time affinity can ask whether a report and a story follow the same
 * moving tallies (time-affinity.ts).
 */
const PREFIX = "r:";

/**
 * Moving tallies of different measures a report and a story must share to count as one ongoing
 * event. One alone ("killed", rising) is shared by any two disasters of their first days; two (the
 * dead and the area burned, the dead and the missing) describe the same kind of unfinished event
 * told with the same running counts, and cosine still has to vouch for the rest.
 */
const MIN_SHARED = 2;

export function runningTallyTerms(claims: readonly Claim[]): string[] {
  return [...new Set(claims.filter((c) => c.changing && c.measure).map((c) => `${PREFIX}${c.measure}`))];
}

/** Whether two vectors (a report's, a story's centroid) follow the same moving tallies. */
export function sameOngoingEvent(a: Vector, b: Vector): boolean {
  let shared = 0;
  for (const term of a.keys()) if (term.startsWith(PREFIX) && b.has(term) && ++shared >= MIN_SHARED) return true;
  return false;
}
