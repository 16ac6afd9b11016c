import type { AnalyzedArticle } from "../types.js";
import { articleVector, cosine, type Vector } from "./features.js";
import { candidateWindowDays, storiesAffinity, timeAffinity } from "./time-affinity.js";
import { emptyStory, mergedStates, withReport, type ReportFeatures, type StoryState } from "./story-state.js";
import { dayNumber } from "./days.js";
import { sameOngoingEvent } from "./running-tallies.js";

export interface ClusterOptions {
  /** Score (cosine × time affinity) a report needs to join a story; see config.ts. */
  joinThreshold: number;
}

/**
 * Stories worth a full comparison: those sharing the most index terms with the report. Bounds the
 * cost of placing a report whatever the number of stories; a story that shares fewer terms than
 * the eighth best does not reach the join threshold in practice (bench/clustering.ts scores the
 * same with 8 as with 16, and bench/scale.ts places a report in half the time).
 */
const MAX_CANDIDATES = 8;
/** Words indexed per report, besides all its names and claims: its strongest few. */
const INDEXED_WORDS = 12;
/**
 * Stories read per index term, newest first. A term shared by hundreds of recent stories ("police",
 * "government") says little; its newest 24 are plenty (the report's names and claims find its
 * story), and the bound keeps a lookup's cost flat as the archive grows. Measured with
 * bench/clustering.ts and bench/scale.ts together with MAX_CANDIDATES.
 */
const STORIES_PER_TERM = 24;
/**
 * Similarity two stories' centroids need (times their time affinity) to be merged, when one report
 * joins one and also clears the join threshold with the other. Above the join threshold (a centroid
 * is smoother than a report, so scores higher) and well above SPLIT_BELOW in split.ts, so a merged
 * story is not split again. Halves of one example event score 0.6–0.9 against each other.
 */
const MERGE_THRESHOLD = 0.5;

/**
 * Stories of up to this many reports need the full join threshold: a pair or a trio can still be
 * one report's idiosyncrasies echoed. 3 keeps bench/clustering.ts's unrelated pages apart as
 * before (2 let two same-topic pages draw a third); see joinThresholdFor.
 */
const FULL_BAR_SIZE = 3;
/** The lowest share of the join threshold a story's bar falls to, at 12 reports and beyond. */
const JOIN_FLOOR = 0.5;

/** What the candidate index is asked: stories sharing these terms, active since `fromDay`. */
export interface CandidateQuery {
  terms: string[];
  /** Day number before which a story's last report is too old to matter; null: any time. */
  fromDay: number | null;
  perTerm: number;
}

/** Where the report goes: the story it joins (new or not) and stories that join with it. */
export interface Placement {
  story: StoryState;
  created: boolean;
  /** Ids of stories merged into `story`. */
  merged: string[];
}

export function reportFeatures(analyzed: AnalyzedArticle): ReportFeatures {
  return { id: analyzed.article.id, vector: articleVector(analyzed), day: dayNumber(analyzed.article.published) };
}

/** The terms a report is found by, and finds stories by: every name and claim, its strongest words. */
export function reportIndexTerms(vector: Vector): string[] {
  const terms = [...vector.keys()];
  const words = terms.filter((t) => t.startsWith("w:")).sort((a, b) => vector.get(b)! - vector.get(a)!).slice(0, INDEXED_WORDS);
  return [...terms.filter((t) => !t.startsWith("w:")), ...words];
}

export function candidateQuery(report: ReportFeatures, options: ClusterOptions): CandidateQuery {
  // The lowest bar any story has, so that retrieval drops no story scoring could keep.
  const window = candidateWindowDays(options.joinThreshold * JOIN_FLOOR);
  return { terms: reportIndexTerms(report.vector), fromDay: report.day === null ? null : report.day - window, perTerm: STORIES_PER_TERM };
}

/** Of the stories the index returned (with how many terms each shares), the ones worth scoring. */
export function topCandidates(hits: Map<string, number>): string[] {
  return [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CANDIDATES).map(([id]) => id);
}

/**
 * Decide where a report goes among candidate stories: the best-scoring story at or over the join
 * threshold, or a new story with `newId`. Other candidates the report also clears the threshold
 * with are merged in when the two stories look like one event as wholes, and lone reports among
 * the candidates fold in when they would now join the grown story (foldsInto).
 */
export function choosePlacement(report: ReportFeatures, candidates: StoryState[], newId: string, options: ClusterOptions): Placement {
  const scored = candidates
    .map((story) => ({ story, score: scoreReport(report, story) }))
    .filter((x) => x.score >= joinThresholdFor(x.story, options))
    .sort((a, b) => b.score - a.score || (a.story.id < b.story.id ? -1 : 1));
  const best = scored[0];
  if (!best) return { story: withReport(emptyStory(newId), report), created: true, merged: [] };
  let story = withReport(best.story, report);
  const merged: string[] = [];
  for (const other of mostAlikeFirst(story, candidates)) {
    const provenOne = scored.some((x) => x.story === other) && storySimilarity(story, other) >= MERGE_THRESHOLD;
    if (!provenOne && !foldsInto(other, story, options)) continue;
    story = mergedStates(story, other);
    merged.push(other.id);
  }
  return { story, created: false, merged };
}

/**
 * The other candidates, the most alike to the story first. Folding one in can bar another: a
 * dated report brings its day, and a candidate from months away then scores low. When two
 * candidates cannot both be the story's (an undated story drawing reports of January and of June),
 * the better evidence should decide, not the order the index returned them in.
 */
function mostAlikeFirst(story: StoryState, candidates: StoryState[]): StoryState[] {
  return candidates
    .filter((other) => other.id !== story.id)
    .map((other) => ({ other, similarity: storySimilarity(story, other) }))
    .sort((a, b) => b.similarity - a.similarity || (a.other.id < b.other.id ? -1 : 1))
    .map((x) => x.other);
}

/**
 * A lone report that arrived before its story had gathered what outlets share (reports are placed
 * in the order they come) folds in once it would join the story as it now stands: placement
 * should not depend on which report of an event came first.
 */
function foldsInto(lone: StoryState, story: StoryState, options: ClusterOptions): boolean {
  if (lone.size !== 1 || story.size <= FULL_BAR_SIZE) return false;
  return storySimilarity(story, lone) >= joinThresholdFor(story, options);
}

/**
 * The score a report needs to join this story. A single report's vector carries, beside the event,
 * everything else its outlet chose to say; the centroid of n reports keeps what they share and
 * averages the rest away (each report's own terms shrink about as 1/√n against the shared core).
 * So a report of the event scores lower against one or two reports than against a story several
 * outlets agree on, while a report of another event of the same kind scores low against that
 * story too: on bench/clustering.ts (the dev set and the examples) no report of another event
 * scored over 0.3 against a story of three or more reports, while same-event reports joining one
 * went down to 0.2. The bar is the join threshold up to FULL_BAR_SIZE reports, then falls as 1/√n,
 * never below JOIN_FLOOR of it.
 */
export function joinThresholdFor(story: StoryState, options: ClusterOptions): number {
  return options.joinThreshold * Math.max(JOIN_FLOOR, Math.min(1, Math.sqrt(FULL_BAR_SIZE / Math.max(1, story.size))));
}

export function scoreReport(report: ReportFeatures, story: StoryState): number {
  return cosine(report.vector, story.centroid) * timeAffinity(report.day, story.days, sameOngoingEvent(report.vector, story.centroid));
}

export function storySimilarity(a: StoryState, b: StoryState): number {
  return cosine(a.centroid, b.centroid) * storiesAffinity(a.days, b.days, sameOngoingEvent(a.centroid, b.centroid));
}
