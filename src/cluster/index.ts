import { createHash } from "node:crypto";
import type { AnalyzedArticle, Story } from "../types.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { candidateQuery, choosePlacement, reportFeatures, topCandidates, type ClusterOptions } from "./placement.js";
import { MemoryStoryIndex } from "./memory-index.js";
import { proposeSplit, shouldCheckSplit } from "./split.js";
import { findReprintGroups } from "./reprints.js";
import { pickHeadline } from "./headline.js";
import { dayNumber } from "./days.js";

export { dayNumber } from "./days.js";
export { findReprintGroups } from "./reprints.js";
export { pickHeadline } from "./headline.js";
export * from "./placement.js";
export * from "./story-state.js";
export { proposeSplit, shouldCheckSplit } from "./split.js";
export { candidateWindowDays } from "./time-affinity.js";

/**
 * Group reports into stories, as a batch. Reports are taken in publish order and placed one at a
 * time exactly as `ingest` places them into a store (placement.ts): candidate stories from a term
 * index limited to a time window, the best by centroid cosine times time affinity, merges when a
 * report proves two stories one, and a split check when a story doubles in size.
 */
export function clusterStories(articles: AnalyzedArticle[], options: ClusterOptions = DEFAULT_OPTIONS.cluster): Story[] {
  const index = new MemoryStoryIndex();
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  let next = 0;
  for (const analyzed of sortByPublished(articles)) {
    const report = reportFeatures(analyzed);
    const candidates = index.load(topCandidates(index.find(candidateQuery(report, options))));
    const placement = choosePlacement(report, candidates, `g${next++}`, options);
    index.apply(placement, report);
    if (!shouldCheckSplit(placement.story.size)) continue;
    const parts = proposeSplit(index.members.get(placement.story.id)!);
    if (parts) index.split(placement.story.id, parts.map((members, i) => ({ id: i === 0 ? placement.story.id : `g${next++}`, members })));
  }
  return [...index.members.values()].map((members) => toStory(members.map((m) => byId.get(m.id)!)));
}

/** A story with its headline and reprint groups, from its reports. */
export function toStory(members: AnalyzedArticle[], id = storyId(members.map((m) => m.article.id))): Story {
  return { id, headline: pickHeadline(members), articles: members, reprintGroups: findReprintGroups(members) };
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
