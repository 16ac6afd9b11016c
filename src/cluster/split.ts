import { cosine, normalise, type Vector } from "./features.js";
import { storiesAffinity } from "./time-affinity.js";
import { sameOngoingEvent } from "./running-tallies.js";
import type { ReportFeatures } from "./story-state.js";

/**
 * A story is checked for being two when it reaches 4, 8, 16, … reports: the check costs one pass
 * over its members, so checking at doublings keeps the cost per report constant on average.
 */
const FIRST_SPLIT_CHECK = 4;
/** Each part of a split needs this many reports: one odd report is not a second event. */
const MIN_PART_SIZE = 2;
/**
 * Two parts are two events when their centroids are less alike (times time affinity) than this.
 * Below MERGE_THRESHOLD in placement.ts so a split story is not merged straight back; measured on
 * the clustering benchmark: halves of one event score 0.45–0.8, two events under 0.25.
 */
const SPLIT_BELOW = 0.25;
/** Rounds of two-way k-means: members settle in two or three rounds in practice. */
const ROUNDS = 5;

export function shouldCheckSplit(size: number): boolean {
  return size >= FIRST_SPLIT_CHECK && (size & (size - 1)) === 0;
}

/**
 * The story's best two-way partition (k-means with k = 2 on cosine, seeded with the two members
 * least alike), when its halves would not be one story; otherwise null.
 */
export function proposeSplit(members: ReportFeatures[]): [ReportFeatures[], ReportFeatures[]] | null {
  if (members.length < 2 * MIN_PART_SIZE) return null;
  const whole = centroid(members);
  const seedA = argmin(members, (m) => cosine(m.vector, whole));
  const seedB = argmin(members, (m) => cosine(m.vector, seedA.vector));
  let centres = [seedA.vector, seedB.vector];
  let parts: [ReportFeatures[], ReportFeatures[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    parts = [[], []];
    for (const m of members) parts[cosine(m.vector, centres[0]!) >= cosine(m.vector, centres[1]!) ? 0 : 1].push(m);
    if (parts[0].length === 0 || parts[1].length === 0) return null;
    centres = [centroid(parts[0]), centroid(parts[1])];
  }
  if (parts[0].length < MIN_PART_SIZE || parts[1].length < MIN_PART_SIZE) return null;
  const ongoing = sameOngoingEvent(centres[0]!, centres[1]!);
  const similarity = cosine(centres[0]!, centres[1]!) * storiesAffinity(days(parts[0]), days(parts[1]), ongoing);
  return similarity < SPLIT_BELOW ? parts : null;
}

function centroid(members: ReportFeatures[]): Vector {
  const sum: Vector = new Map();
  for (const m of members) for (const [term, weight] of m.vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  return normalise(sum);
}

function days(members: ReportFeatures[]): number[] {
  return members.map((m) => m.day).filter((d): d is number => d !== null);
}

function argmin<T>(items: T[], score: (item: T) => number): T {
  return items.reduce((best, item) => (score(item) < score(best) ? item : best));
}
