import type { AlignedStory, AnalyzedArticle, Article, InputFailure, RawDocument, Story } from "./types.js";
import { collectInputs, readInputs, type ByteProgress, type InputOptions } from "./ingest/index.js";
import { clusterStories } from "./cluster/index.js";
import { alignStory } from "./align/index.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "./config.js";
import { isCorroborateError, type ErrorCode } from "./errors.js";
import type { Store, StoryRecord, StorySummary, StoryView } from "./store/index.js";
import { placeReport, sourceKey, type ReadyReport } from "./store/ingest-report.js";
import { contentHash } from "./store/report-hashes.js";
import { decodeAligned } from "./store/aligned-codec.js";
import { AnalysisPool, sharedAnalysisPool } from "./workers/analysis-pool.js";
import type { PreparedStory } from "./workers/analysis-tasks.js";
import { openingSeed, storyIdFor } from "./story-id.js";
import { ANALYSIS_VERSION } from "./analysis-version.js";
import { readersTurn } from "./readers-turn.js";

export { placeReport, type ReadyReport, type PlacedReport } from "./store/ingest-report.js";

/** Called after each report is read and analyzed, for progress displays. */
export type ProgressListener = (done: number, total: number) => void;

/** Where and for how long reports are extracted and analysed. */
export interface RunOptions {
  /** Worker threads for extraction and analysis; the process's shared pool by default. */
  pool?: AnalysisPool;
  /** The time one report may take (config.ts); over it, the report fails with E_TOO_SLOW. */
  budget?: TimeBudget;
}

export interface CheckOptions extends RunOptions {
  onProgress?: ProgressListener;
}

export interface CheckResult {
  stories: AlignedStory[];
  /** Inputs that could not be used, each with a message for the user. */
  failures: InputFailure[];
  /** Inputs used despite a problem (a broken encoding), each with a message for the user. */
  warnings?: InputFailure[];
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
export async function checkInputs(inputs: string[], options: CheckOptions = {}, inputOptions: Partial<InputOptions> = {}): Promise<CheckResult> {
  // 1.
  const { documents, failures } = await collectInputs(inputs, inputOptions);
  const result = await checkDocuments(documents, options);
  return { ...result, failures: [...failures, ...result.failures] };
}

/**
 * Steps 2–5 for documents already in memory (an API upload, a test, a benchmark). Steps 2–3 run in
 * worker threads, each report under the time budget; one that fails is listed and the rest go on.
 */
export async function checkDocuments(documents: RawDocument[], options: CheckOptions = {}): Promise<CheckResult> {
  const { pool = sharedAnalysisPool(), budget = DEFAULT_OPTIONS.budget, onProgress } = options;
  let done = 0;
  // 2. and 3.
  const outcomes = await Promise.all(
    documents.map(async (document) => {
      try {
        return await pool.analyze(document, budget);
      } catch (error) {
        if (!isCorroborateError(error)) throw error;
        return { source: document.source, message: error.message };
      } finally {
        onProgress?.(++done, documents.length);
      }
    }),
  );
  const analyzed = outcomes.filter((o): o is AnalyzedArticle => "article" in o);
  const failures = outcomes.filter((o): o is InputFailure => !("article" in o));
  // 4. and 5.
  const opener = openers(documents);
  const stories = clusterStories(analyzed).map((story) => alignStory({ ...story, id: opener(story) }));
  stories.sort((a, b) => b.story.articles.length - a.story.articles.length);
  return { stories, failures, warnings: warningsOf(analyzed) };
}

/**
 * A story's id in a brief, by the scheme a store uses (story-id.ts): from the report that opened
 * it, which is the first of its reports in the order given, as `ingest` would have stored them.
 */
function openers(documents: RawDocument[]): (story: Story) => string {
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const seeds = new Map(documents.map((d) => [d.id, openingSeed({ source: sourceKey(d), contentHash: contentHash(d) })]));
  return (story) => {
    const first = story.articles.reduce((a, b) => (order.get(b.article.id)! < order.get(a.article.id)! ? b : a));
    return storyIdFor(seeds.get(first.article.id)!);
  };
}

function warningsOf(analyzed: AnalyzedArticle[]): InputFailure[] {
  return analyzed.flatMap(({ article }) => (article.warnings ?? []).map((message) => ({ source: article.source, message })));
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
  /** Problems met reading it that did not stop it (a broken encoding). */
  warnings?: string[];
  /** How far through the archive or JSONL file the report came from reading has got. */
  bytes?: ByteProgress;
}

export type IngestOutcome = Pick<IngestEvent, "status" | "id" | "story" | "message" | "code" | "warnings"> & {
  /** The stories a stored report changed (its own, and one split off it): their summaries are due. */
  touched?: string[];
};

/** A document analysed and ready to be placed, or what became of it already (a duplicate, a failure). */
export type PreparedReport = ReadyReport | IngestOutcome;

export interface IngestResult {
  /** Reports read from the inputs (stored, duplicates and failed extractions). */
  read: number;
  stored: number;
  duplicates: number;
  failures: InputFailure[];
  warnings: InputFailure[];
  /** Records passed over on purpose (revisit records, images in a crawl), by reason. */
  skipped: Record<string, number>;
}

/**
 * Add reports to a store, one committed transaction each, so that a report is reported stored
 * only once it is:
 *  1. ingest, one report at a time (archives are streamed); then per document: skip it when its
 *     source and content hash are stored already,
 *  2.–3. extract and analyze (in worker threads, a few reports ahead of the one being placed),
 *  4. place it among the stored stories and commit (store/ingest-report.ts), unless a report
 *     with the same text is stored already;
 *  5. at the end, align each story the run changed, once (in worker threads), and keep its
 *     summary for `stories` and its view for `show` and `serve` (prepareStory).
 * `total` in events counts the reports read so far when the inputs hold more reports than files
 * (archives, feeds): their size in reports is not known ahead, only in bytes.
 */
export async function ingestInputs(
  inputs: string[],
  store: Store,
  onEvent?: (event: IngestEvent) => void,
  options: RunOptions = {},
  inputOptions: Partial<InputOptions> = {},
): Promise<IngestResult> {
  const result: IngestResult = { read: 0, stored: 0, duplicates: 0, failures: [], warnings: [], skipped: {} };
  const touched = new Set<string>();
  const ahead = (options.pool ?? sharedAnalysisPool()).threads;
  const pending: { document: RawDocument; bytes?: ByteProgress; prepared: Promise<PreparedReport> }[] = [];
  let planned = 0;
  const placeOldest = async () => {
    const { document, bytes, prepared } = pending.shift()!;
    const ready = await prepared;
    const placed: IngestOutcome = ready.status === "ready" ? await placeReport(store, ready) : ready;
    const { touched: changed = [], ...outcome } = placed;
    result.read++;
    if (outcome.status === "stored") result.stored++;
    else if (outcome.status === "duplicate") result.duplicates++;
    else result.failures.push({ source: document.source, message: outcome.message!, ...(outcome.code ? { code: outcome.code } : {}) });
    for (const message of outcome.warnings ?? []) result.warnings.push({ source: document.source, message });
    for (const story of changed) touched.add(story);
    onEvent?.({ done: result.read, total: Math.max(result.read, planned), source: document.source, ...outcome, ...(bytes ? { bytes } : {}) });
  };
  // 1.
  for await (const item of readInputs(inputs, inputOptions)) {
    if ("planned" in item) planned = item.planned;
    if ("failure" in item) result.failures.push(item.failure);
    if ("skipped" in item) result.skipped[item.skipped.reason] = (result.skipped[item.skipped.reason] ?? 0) + 1;
    if (!("document" in item)) continue;
    const { document, bytes } = item;
    const prepared = prepareReport(store, document, sourceKey(document), options);
    // Awaited in turn by placeOldest; this only keeps an early failure from counting as unhandled meanwhile.
    prepared.catch(() => {});
    pending.push({ document, bytes, prepared });
    if (pending.length > ahead) await placeOldest();
  }
  while (pending.length > 0) await placeOldest();
  // 5.
  await Promise.all([...touched].map((story) => prepareStoryOffThread(store, story, options).catch(skipUserError)));
  return result;
}

/**
 * Steps 2–4 for one document: skip it when stored already, else extract, analyze, place, commit.
 * `key` names where the document came from, for recognising it again; by default its absolute
 * path or its URL.
 */
export async function ingestDocument(store: Store, document: RawDocument, key = sourceKey(document), options: RunOptions = {}): Promise<IngestOutcome> {
  const prepared = await prepareReport(store, document, key, options);
  return prepared.status === "ready" ? placeReport(store, prepared) : prepared;
}

/**
 * Steps 2–3 of an ingest: nothing to do when the same source and bytes are stored, else extract
 * and analyse in a worker thread, which gives back only what storing the report needs.
 * `handOver`: the caller is done with the document's bytes; they move to the worker instead of
 * being copied (AnalysisPool.extract), and are empty here after.
 */
export async function prepareReport(store: Store, document: RawDocument, key = sourceKey(document), options: RunOptions = {}, handOver = false): Promise<PreparedReport> {
  const { pool = sharedAnalysisPool(), budget = DEFAULT_OPTIONS.budget } = options;
  const hash = contentHash(document);
  const known = await store.findReport(key, hash);
  if (known) return { status: "duplicate", id: known.id, story: known.story };
  try {
    return { status: "ready", report: await pool.prepare(document, budget, handOver), origin: { source: key, contentHash: hash } };
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { status: "failed", message: error.message, code: error.code };
  }
}

/** A stored story's kept view (Store.storyView) and the articles it was aligned from. */
export interface KeptStory {
  view: StoryView;
  articles: Article[];
}

/**
 * Steps 3–5 for one stored story, done when a report is stored: re-analyse its articles and align
 * them in a worker thread, under the time budget, and keep its summary and its view for the
 * revision they were made from (a story changed meanwhile keeps neither: Store.saveSummary).
 * Null when there is no such story.
 */
export async function prepareStory(store: Store, storyId: string, options: RunOptions = {}): Promise<(KeptStory & { summary: StorySummary }) | null> {
  const { pool = sharedAnalysisPool(), budget = DEFAULT_OPTIONS.budget } = options;
  const revision = await store.storyRevision(storyId);
  if (revision === null) return null;
  const articles = await store.storyArticles(storyId);
  if (!articles) return null;
  await readersTurn();
  return { ...(await keepPrepared(store, storyId, revision, await pool.story(storyId, articles, budget))), articles };
}

/** A story's view and summary as prepareStory keeps them, without its articles. */
export interface PreparedView {
  view: StoryView;
  summary: StorySummary;
}

/**
 * prepareStory with the story's articles read by the worker that aligns it, over its own
 * connection (Store.workerFile): a big story's megabytes of articles are neither parsed on this
 * thread nor copied to the worker, and this thread only saves what comes back. For those who need
 * the view kept, not the articles (a write, a listing); where no worker can open the store, as
 * prepareStory.
 */
export async function prepareStoryOffThread(store: Store, storyId: string, options: RunOptions = {}): Promise<PreparedView | null> {
  if (!store.workerFile) return prepareStory(store, storyId, options);
  const { pool = sharedAnalysisPool(), budget = DEFAULT_OPTIONS.budget } = options;
  const prepared = await pool.storedStory(store.workerFile, storyId, budget);
  return prepared && keepPrepared(store, storyId, prepared.revision, prepared);
}

async function keepPrepared(store: Store, storyId: string, revision: string, { summary, reports, aligned }: PreparedStory): Promise<PreparedView> {
  const view = { revision, reports, aligned, analysis: ANALYSIS_VERSION };
  await store.saveSummary(storyId, revision, summary);
  await store.saveStoryView(storyId, view);
  return { view, summary };
}

/**
 * A story's kept view with its articles, when it was made at the story's current revision by this
 * analysis (analysis-version.ts); with `stale`, the one kept even if the story changed since, as
 * long as its reports are all still in the story. Null otherwise: the story must be prepared
 * (prepareStory). A view made by other rules is never shown, not even while a newer one is made.
 */
export async function keptStory(store: Store, storyId: string, stale = false): Promise<KeptStory | null> {
  const view = await store.storyView(storyId);
  if (!view || view.analysis !== ANALYSIS_VERSION || (!stale && view.revision !== (await store.storyRevision(storyId)))) return null;
  const articles = await store.storyArticles(storyId);
  const reports = new Set(view.reports);
  const kept = (articles ?? []).filter((a) => reports.has(a.id));
  return kept.length === reports.size ? { view, articles: kept } : null;
}

/** A stored story aligned, read from its kept view or else prepared now (in a worker). Null if unknown. */
export async function loadStory(store: Store, storyId: string, options: RunOptions = {}): Promise<AlignedStory | null> {
  const kept = (await keptStory(store, storyId)) ?? (await prepareStory(store, storyId, options));
  return kept && decodeAligned(kept.view, kept.articles);
}

/** A stored story's summary, made (with its view) in a worker and kept; null when there is no such story. */
export type Summarise = (storyId: string) => Promise<StorySummary | null>;

/** Summaries made by prepareStoryOffThread. */
export function preparedSummaries(store: Store, options: RunOptions = {}): Summarise {
  return async (storyId) => (await prepareStoryOffThread(store, storyId, options))?.summary ?? null;
}

/**
 * Every stored story with its summary. Summaries are made when reports are stored; a story without
 * one (changed by a process that made none, or stored before summaries were kept) is summarised
 * now, all such stories at once in worker threads, and its summary kept. A story that cannot be
 * aligned in its time budget is left out.
 */
export async function listStories(store: Store, summarise: Summarise = preparedSummaries(store)): Promise<{ id: string; summary: StorySummary }[]> {
  return withSummaries(store, await store.listStories(), summarise);
}

/** Stories with their summaries, those missing made now (all at once, in worker threads) and kept; a story over its time budget is left out. */
export async function withSummaries(store: Store, records: StoryRecord[], summarise: Summarise): Promise<{ id: string; summary: StorySummary }[]> {
  const listed = await Promise.all(
    records.map(async (record) => {
      const summary = record.summary ?? (await summarise(record.id).catch(skipUserError));
      return summary ? { id: record.id, summary } : null;
    }),
  );
  return listed.filter((entry) => entry !== null);
}

/** A summary that cannot be made (a story over its time budget) is left for a later reader; bugs still throw. */
export function skipUserError(error: unknown): null {
  if (!isCorroborateError(error)) throw error;
  return null;
}
