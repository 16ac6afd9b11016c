import { normalise, type Vector } from "./features.js";

/**
 * What clustering keeps of a story: enough to score a new report against it and to find it
 * again, never its reports. The same state lives in memory for `check` and in the store for
 * `ingest`, so both place reports by the same rules.
 */
export interface StoryState {
  id: string;
  /** Sum of the members' vectors, pruned to its strongest terms. */
  sum: Vector;
  centroid: Vector;
  /** Distinct publish days (day numbers) of the members, ascending. */
  days: number[];
  size: number;
}

/** What a report brings to clustering. */
export interface ReportFeatures {
  id: string;
  vector: Vector;
  day: number | null;
}

/**
 * Terms kept in a story's summed vector. A report keeps 80 (features.ts); 300 holds the union of
 * a typical five-to-ten-report story whole, and bounds the cost of scoring a story however big it
 * grows (a 1,000-report story would otherwise carry thousands of terms).
 */
const MAX_STORY_TERMS = 300;
/**
 * Terms a story is found by in the candidate index: its strongest centroid terms. Enough that any
 * report scoring over the join threshold shares several of them; bounded so that re-indexing a
 * story after a join costs the same at any size.
 */
const STORY_INDEX_TERMS = 60;

export function emptyStory(id: string): StoryState {
  return { id, sum: new Map(), centroid: new Map(), days: [], size: 0 };
}

/** The story with one more report. Pure: the old state is left as it was. */
export function withReport(state: StoryState, report: ReportFeatures): StoryState {
  const sum = new Map(state.sum);
  for (const [term, weight] of report.vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  const days = report.day === null ? state.days : addDay(state.days, report.day);
  return finish({ ...state, sum, days, size: state.size + 1 });
}

/** Two stories as one, keeping the first one's id. */
export function mergedStates(into: StoryState, other: StoryState): StoryState {
  const sum = new Map(into.sum);
  for (const [term, weight] of other.sum) sum.set(term, (sum.get(term) ?? 0) + weight);
  const days = other.days.reduce(addDay, into.days);
  return finish({ ...into, sum, days, size: into.size + other.size });
}

/** A story built from scratch from its members (after a split). */
export function stateOf(id: string, members: ReportFeatures[]): StoryState {
  return members.reduce(withReport, emptyStory(id));
}

/** The terms a story is indexed under: names and claims first, then its strongest words. */
export function storyIndexTerms(state: StoryState): string[] {
  return [...state.centroid].sort((a, b) => b[1] - a[1]).slice(0, STORY_INDEX_TERMS).map(([term]) => term);
}

export function lastDay(state: StoryState): number | null {
  return state.days.at(-1) ?? null;
}

function finish(state: StoryState): StoryState {
  const sum = state.sum.size > MAX_STORY_TERMS ? new Map([...state.sum].sort((a, b) => b[1] - a[1]).slice(0, MAX_STORY_TERMS)) : state.sum;
  return { ...state, sum, centroid: normalise(sum) };
}

function addDay(days: number[], day: number): number[] {
  if (days.includes(day)) return days;
  return [...days, day].sort((a, b) => a - b);
}
