import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { AnalyzedArticle, RawDocument } from "../types.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { candidateQuery, choosePlacement, proposeSplit, reportFeatures, shouldCheckSplit, stateOf, topCandidates, type ClusterOptions } from "../cluster/index.js";
import type { Store, StoredReportRef } from "./store.js";

/** The stable key of where a document came from: absolute paths for files, URLs and "stdin" as they are. */
export function sourceKey(document: RawDocument): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(document.source) || document.source === "stdin" ? document.source : resolve(document.source);
}

export function contentHash(document: RawDocument): string {
  return createHash("sha256").update(document.bytes).digest("hex");
}

/**
 * Place one analyzed report into the store's stories and commit it, the same steps `check` takes
 * in memory (cluster/index.ts): candidates from the term index within the time window, the best
 * story or a new one, merges; then, when the story has doubled, a split check over its members.
 */
export async function storeReport(
  store: Store,
  analyzed: AnalyzedArticle,
  origin: { source: string; contentHash: string },
  options: ClusterOptions = DEFAULT_OPTIONS.cluster,
): Promise<StoredReportRef> {
  const features = reportFeatures(analyzed);
  const candidates = await store.loadStates(topCandidates(await store.findCandidates(candidateQuery(features, options))));
  const placement = choosePlacement(features, candidates, newStoryId(`${origin.source}\n${origin.contentHash}`), options);
  const stored = await store.commitReport({ id: analyzed.article.id, ...origin, article: analyzed.article, features }, placement);
  if (shouldCheckSplit(placement.story.size)) await splitIfTwo(store, placement.story.id);
  return stored;
}

async function splitIfTwo(store: Store, storyId: string): Promise<void> {
  const members = await store.storyMembers(storyId);
  const parts = proposeSplit(members);
  if (!parts) return;
  // The part holding the story's first report keeps its id, so links to the story stay good.
  const [kept, other] = parts[0].includes(members[0]!) ? parts : [parts[1], parts[0]];
  await store.splitStory(storyId, [
    { state: stateOf(storyId, kept), reports: kept.map((m) => m.id) },
    { state: stateOf(newStoryId(`split\n${other[0]!.id}`), other), reports: other.map((m) => m.id) },
  ]);
}

function newStoryId(seed: string): string {
  return "s-" + createHash("sha1").update(seed).digest("hex").slice(0, 10);
}
