import { createHash } from "node:crypto";
import type { AnalyzedArticle, Story } from "../types.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { articleVector, cosine, normalise, type Vector } from "./features.js";
import { findReprintGroups } from "./reprints.js";
import { pickHeadline } from "./headline.js";
import { timeAffinity } from "./time-affinity.js";

export interface ClusterOptions {
  joinThreshold: number;
}

/**
 * Stories worth a full comparison: those sharing the most index terms with the report. Bounds the
 * cost of placing a report whatever the number of stories; a story that shares fewer terms than
 * the sixteenth best cannot reach the join threshold in practice.
 */
const MAX_CANDIDATES = 16;
/** Words indexed per report, besides all its names and claims: its strongest few. */
const INDEXED_WORDS = 12;

interface Group {
  members: AnalyzedArticle[];
  sum: Vector;
  centroid: Vector;
  days: number[];
}

/**
 * Group reports into stories. Reports are taken in publish order; each joins the story whose
 * centroid it is most similar to (damped by how far apart in time they are), or opens a new one.
 * Candidate stories come from an inverted index of their terms, so placing a report does not
 * compare it with every story.
 */
export function clusterStories(
  articles: AnalyzedArticle[],
  options: ClusterOptions = DEFAULT_OPTIONS.cluster,
): Story[] {
  const groups: Group[] = [];
  const index = new Map<string, Set<number>>();
  for (const analyzed of sortByPublished(articles)) {
    const vector = articleVector(analyzed);
    const day = dayNumber(analyzed.article.published);
    const best = bestGroup(vector, day, groups, index, options.joinThreshold);
    const groupIndex = best ?? groups.push({ members: [], sum: new Map(), centroid: new Map(), days: [] }) - 1;
    addToGroup(groups[groupIndex]!, analyzed, vector, day);
    for (const term of indexTerms(vector)) {
      let set = index.get(term);
      if (!set) index.set(term, (set = new Set()));
      set.add(groupIndex);
    }
  }
  return groups.map(toStory);
}

/** The terms a report is found by: every name and claim, and its strongest words. */
function indexTerms(vector: Vector): string[] {
  const terms = [...vector.keys()];
  const words = terms.filter((t) => t.startsWith("w:")).sort((a, b) => vector.get(b)! - vector.get(a)!).slice(0, INDEXED_WORDS);
  return [...terms.filter((t) => !t.startsWith("w:")), ...words];
}

function candidateGroups(vector: Vector, index: Map<string, Set<number>>): number[] {
  const shared = new Map<number, number>();
  for (const term of indexTerms(vector)) for (const g of index.get(term) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([g]) => g);
}

function bestGroup(vector: Vector, day: number | null, groups: Group[], index: Map<string, Set<number>>, threshold: number): number | null {
  const candidates = candidateGroups(vector, index);
  let best: number | null = null;
  let bestScore = threshold;
  for (const g of candidates) {
    const group = groups[g]!;
    const score = cosine(vector, group.centroid) * timeAffinity(day, group.days);
    if (score >= bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

function addToGroup(group: Group, analyzed: AnalyzedArticle, vector: Vector, day: number | null): void {
  group.members.push(analyzed);
  for (const [term, weight] of vector) group.sum.set(term, (group.sum.get(term) ?? 0) + weight);
  group.centroid = normalise(group.sum);
  if (day !== null) group.days.push(day);
}

function toStory(group: Group): Story {
  const ids = group.members.map((m) => m.article.id);
  return {
    id: storyId(ids),
    headline: pickHeadline(group.members),
    articles: group.members,
    reprintGroups: findReprintGroups(group.members),
  };
}

/** A story id that stays the same for the same set of reports, whatever order they came in. */
function storyId(articleIds: string[]): string {
  return "s-" + createHash("sha1").update([...articleIds].sort().join("\n")).digest("hex").slice(0, 10);
}

function sortByPublished(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  return articles
    .map((a, order) => ({ a, order, day: dayNumber(a.article.published) }))
    .sort((x, y) => (x.day ?? Infinity) - (y.day ?? Infinity) || x.order - y.order)
    .map((x) => x.a);
}

export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso.slice(0, 10));
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}
