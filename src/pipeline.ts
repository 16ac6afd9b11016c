import type { AlignedStory, AnalyzedArticle, InputFailure, RawDocument } from "./types.js";
import { collectInputs, readInputs, type ByteProgress, type InputOptions } from "./ingest/index.js";
import { extractArticle } from "./extract/index.js";
import { analyzeArticle } from "./analyze/index.js";
import { clusterStories, toStory } from "./cluster/index.js";
import { alignStory } from "./align/index.js";
import { isCorroborateError, type ErrorCode } from "./errors.js";
import type { Store, StorySummary } from "./store/index.js";
import { contentHash, sourceKey, storeReport } from "./store/ingest-report.js";
import { summariseStory } from "./report/story-list.js";

/** Called after each report is read and analyzed, for progress displays. */
export type ProgressListener = (done: number, total: number) => void;

export interface CheckResult {
  stories: AlignedStory[];
  /** Inputs that could not be used, each with a message for the user. */
  failures: InputFailure[];
}

/**
 * The whole pipeline, stateless:
 *  1. ingest: paths, directories, globs, stdin → raw documents
 *  2. extract: decode and strip page chrome → articles
 *  3. analyze: sentences, entities, claims
 *  4. cluster: articles → stories (and reprint groups)
 *  5. align: claims → facts, conflicts, per-report agreement
 * Reporting (6) is left to the caller: see report/.
 */
export async function checkInputs(inputs: string[], onProgress?: ProgressListener, inputOptions: Partial<InputOptions> = {}): Promise<CheckResult> {
  // 1.
  const { documents, failures } = await collectInputs(inputs, inputOptions);
  const result = checkDocuments(documents, onProgress);
  return { stories: result.stories, failures: [...failures, ...result.failures] };
}

/** Steps 2–5 for documents already in memory (an API upload, a test, a benchmark). */
export function checkDocuments(documents: RawDocument[], onProgress?: ProgressListener): CheckResult {
  const failures: InputFailure[] = [];
  const analyzed = [];
  for (const [done, document] of documents.entries()) {
    onProgress?.(done, documents.length);
    try {
      // 2. and 3.
      analyzed.push(analyzeArticle(extractArticle(document)));
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      failures.push({ source: document.source, message: error.message });
    }
  }
  // 4. and 5.
  const stories = clusterStories(analyzed).map(alignStory);
  stories.sort((a, b) => b.story.articles.length - a.story.articles.length);
  return { stories, failures };
}

/** One report's outcome in an ingest, for progress displays and receipts. */
export interface IngestEvent {
  done: number;
  total: number;
  source: string;
  status: "stored" | "duplicate" | "failed";
  /** The stored report's id and its story (stored and duplicate). */
  id?: string;
  story?: string;
  message?: string;
  /** Why it failed. */
  code?: ErrorCode;
  /** How far through the archive or JSONL file the report came from reading has got. */
  bytes?: ByteProgress;
}

export interface IngestResult {
  /** Reports read from the inputs (stored, duplicates and failed extractions). */
  read: number;
  stored: number;
  duplicates: number;
  failures: InputFailure[];
  /** Records passed over on purpose (revisit records, images in a crawl), by reason. */
  skipped: Record<string, number>;
}

/**
 * Add reports to a store, one committed transaction each, so that a report is reported stored
 * only once it is:
 *  1. ingest, one report at a time (archives are streamed); then per document: skip it when its
 *     source and content hash are stored already,
 *  2.–3. extract and analyze,
 *  4. place it among the stored stories and commit (store/ingest-report.ts).
 * Alignment (5) happens when a story is read: see loadStory. `total` in events counts the reports
 * read so far when the inputs hold more reports than files (archives, feeds): their size in
 * reports is not known ahead, only in bytes.
 */
export async function ingestInputs(
  inputs: string[],
  store: Store,
  onEvent?: (event: IngestEvent) => void,
  inputOptions: Partial<InputOptions> = {},
): Promise<IngestResult> {
  const result: IngestResult = { read: 0, stored: 0, duplicates: 0, failures: [], skipped: {} };
  let planned = 0;
  // 1.
  for await (const item of readInputs(inputs, inputOptions)) {
    if ("planned" in item) planned = item.planned;
    if ("failure" in item) result.failures.push(item.failure);
    if ("skipped" in item) result.skipped[item.skipped.reason] = (result.skipped[item.skipped.reason] ?? 0) + 1;
    if (!("document" in item)) continue;
    const { document, bytes } = item;
    const outcome = await ingestDocument(store, document);
    result.read++;
    if (outcome.status === "stored") result.stored++;
    else if (outcome.status === "duplicate") result.duplicates++;
    else result.failures.push({ source: document.source, message: outcome.message!, ...(outcome.code ? { code: outcome.code } : {}) });
    onEvent?.({ done: result.read, total: Math.max(result.read, planned), source: document.source, ...outcome, ...(bytes ? { bytes } : {}) });
  }
  return result;
}

/**
 * Steps 2–4 for one document: skip it when stored already, else extract, analyze, place, commit.
 * `key` names where the document came from, for recognising it again; by default its absolute
 * path or its URL.
 */
export async function ingestDocument(store: Store, document: RawDocument, key = sourceKey(document)): Promise<Pick<IngestEvent, "status" | "id" | "story" | "message" | "code">> {
  const origin = { source: key, contentHash: contentHash(document) };
  const known = await store.findReport(origin.source, origin.contentHash);
  if (known) return { status: "duplicate", id: known.id, story: known.story };
  let analyzed: AnalyzedArticle;
  try {
    // 2. and 3.
    analyzed = analyzeArticle(extractArticle(document));
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { status: "failed", message: error.message, code: error.code };
  }
  // 4.
  const stored = await store.exclusive(() => storeReport(store, analyzed, origin));
  return { status: "stored", id: stored.id, story: stored.story };
}

/** Steps 3–5 for one stored story: re-analyze its articles, find reprints, align. Null if unknown. */
export async function loadStory(store: Store, storyId: string): Promise<AlignedStory | null> {
  const articles = await store.storyArticles(storyId);
  if (!articles) return null;
  return alignStory(toStory(articles.map(analyzeArticle), storyId));
}

/**
 * Every stored story with its summary, refreshing the summaries of stories that changed. `load`
 * aligns a story; a caller that keeps aligned stories (the server's cache) passes its own.
 */
export async function listStories(
  store: Store,
  load: (storyId: string) => Promise<AlignedStory | null> = (storyId) => loadStory(store, storyId),
): Promise<{ id: string; summary: StorySummary }[]> {
  const out = [];
  for (const record of await store.listStories()) {
    let summary = record.summary;
    if (!summary) {
      const aligned = await load(record.id);
      if (!aligned) continue;
      summary = summariseStory(aligned);
      await store.saveSummary(record.id, summary);
    }
    out.push({ id: record.id, summary });
  }
  return out;
}
