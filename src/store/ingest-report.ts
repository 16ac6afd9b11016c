import { resolve } from "node:path";
import type { AnalyzedArticle, Article, RawDocument } from "../types.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { candidateQuery, choosePlacement, proposeSplit, reportFeatures, shouldCheckSplit, stateOf, topCandidates, type ClusterOptions, type ReportFeatures } from "../cluster/index.js";
import type { Store, StoredReportRef } from "./store.js";
import { openingSeed, storyIdFor } from "../story-id.js";
import { reportWords } from "./search-text.js";
import { textHash } from "./report-hashes.js";
import { serialiseArticle, type SerialisedArticle } from "./serialised-article.js";
import { unpackReport, type PackedReport } from "./packed-report.js";

/** The stable key of where a document came from: absolute paths for files, URLs and "stdin" as they are. */
export function sourceKey(document: RawDocument): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(document.source) || document.source === "stdin" ? document.source : resolve(document.source);
}

/**
 * What storing a report needs of its analysis: the clean article (serialised), its cluster features, its words
 * for search and the hash of its text. Each costs time in proportion to the text (seconds for a
 * long report), so a worker thread makes them (workers/analysis-tasks.ts), and the store's lock is
 * held only to place and commit.
 */
export interface ReportForStore {
  article: SerialisedArticle;
  features: ReportFeatures;
  searchWords: string;
  textHash: string;
}

export function reportForStore(analyzed: AnalyzedArticle): ReportForStore {
  const { article } = analyzed;
  return {
    article: serialiseArticle(article),
    features: reportFeatures(analyzed),
    searchWords: reportWords(article, analyzed.claims.map((claim) => claim.value)),
    textHash: textHash(article.text),
  };
}

/** A document analysed and ready to be placed, its report packed where it was analysed (packed-report.ts). */
export type ReadyReport = { status: "ready"; report: PackedReport; origin: { source: string; contentHash: string } };

/** What placing made of a ready report: stored, with the stories it changed, or a duplicate of one stored meanwhile. */
export type PlacedReport = { status: "stored" | "duplicate"; id: string; story: string; touched?: string[]; warnings?: string[] };

/**
 * Step 4 of an ingest (pipeline.ts): place an analysed report and commit it, under the store's write lock; a report with the
 * same source and bytes, or the same text, stored meanwhile makes it a duplicate.
 */
export async function placeReport(store: Store, prepared: ReadyReport): Promise<PlacedReport> {
  const { origin } = prepared;
  const report = unpackReport(prepared.report);
  const warnings = report.article.warnings?.length ? { warnings: report.article.warnings } : {};
  return store.exclusive(async () => {
    const same = (await store.findReport(origin.source, origin.contentHash)) ?? (await store.findReportByText(report.textHash));
    if (same) return { status: "duplicate", id: same.id, story: same.story, ...warnings };
    const stored = await storeReport(store, report, origin);
    return { status: "stored", id: stored.id, story: stored.story, touched: stored.touched, ...warnings };
  });
}

/**
 * Place one analysed report into the store's stories and commit it, the same steps `check` takes
 * in memory (cluster/index.ts): candidates from the term index within the time window, the best
 * story or a new one, merges; then, when the story has doubled, a split check over its members.
 */
export async function storeReport(
  store: Store,
  report: ReportForStore,
  origin: { source: string; contentHash: string },
  options: ClusterOptions = DEFAULT_OPTIONS.cluster,
): Promise<StoredReportRef & { touched: string[] }> {
  const { article, features } = report;
  const candidates = await store.loadStates(topCandidates(await store.findCandidates(candidateQuery(features, options))));
  const placement = choosePlacement(features, candidates, storyIdFor(openingSeed(origin)), options);
  const stored = await store.commitReport({ id: article.id, ...origin, ...report }, placement);
  const splitOff = shouldCheckSplit(placement.story.size) ? await splitIfTwo(store, placement.story.id) : null;
  if (!splitOff) return { ...stored, touched: [stored.story] };
  // The report may be in the part split off: ask the store where it is now.
  const now = (await store.findReport(origin.source, origin.contentHash)) ?? stored;
  return { ...now, touched: [stored.story, splitOff] };
}

/** Split a story in two when its members prove two events; the id of the part split off, or null. */
async function splitIfTwo(store: Store, storyId: string): Promise<string | null> {
  const members = await store.storyMembers(storyId);
  const parts = proposeSplit(members);
  if (!parts) return null;
  // The part holding the story's first report keeps its id, so links to the story stay good.
  const [kept, other] = parts[0].includes(members[0]!) ? parts : [parts[1], parts[0]];
  const otherId = storyIdFor(`split\n${other[0]!.id}`);
  await store.splitStory(storyId, [
    { state: stateOf(storyId, kept), reports: kept.map((m) => m.id) },
    { state: stateOf(otherId, other), reports: other.map((m) => m.id) },
  ]);
  return otherId;
}
