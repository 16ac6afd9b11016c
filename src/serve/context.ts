import { availableParallelism } from "node:os";
import type { MiddlewareHandler } from "hono";
import type { OutletCount, Store, StoryQuery } from "../store/index.js";
import type { ServeOptions } from "./options.js";
import { isCorroborateError } from "../errors.js";
import { keptStory, placeReport, prepareStory, prepareStoryOffThread, preparedSummaries, type KeptStory } from "../pipeline.js";
import { decodeAligned } from "../store/aligned-codec.js";
import { renderStory, StoryCache, findStories, type ListedPage, refreshViews, keepListAnswers } from "./stories/index.js";
import { AnalysisPool } from "../workers/analysis-pool.js";
import { SerialQueue, type IntakeContext } from "./intake/index.js";

export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from "./options.js";

/** What the routes share: the store behind one write queue, the worker pools, and the cache of stories. */
export interface ServeContext {
  options: ServeOptions;
  intake: IntakeContext;
  stories: StoryCache;
  /** One page of the story list (story-search.ts); summaries missing are made in the readers' pool and kept. */
  findStories(query: StoryQuery): Promise<ListedPage>;
  /** Outlets of the stored reports, for the list's outlet filter. */
  outlets(): Promise<OutletCount[]>;
  /** Keeps the story list's answers until the store changes (list-answers.ts). */
  listAnswers: MiddlewareHandler;
  /** Make the views stories lack, in the background (view-refresh.ts); once, when the server starts. */
  refreshViews(log: (line: string) => void): void;
  /** Stop the background refresh and the worker threads. */
  close(): Promise<void>;
}

/**
 * How much lower the writers' pool runs than the main thread: when both want a core, a reader's
 * request (a millisecond of work) goes first and a post's analysis (seconds) waits, rather than
 * each getting half. The time budget counts the worker's own CPU time (time-budget.ts), so a post
 * that waits is not failed for it. Not the lowest priority: the poster still gets about a tenth
 * of a core the readers keep busy.
 */
const WRITERS_NICENESS = 10;
/**
 * Threads of the writers' pool, at least two: at a low priority a big report takes long, and the
 * ordinary posts behind it get the other thread instead of waiting for it.
 */
const MIN_WRITER_THREADS = 2;

/**
 * Worker threads, so that the main thread only routes requests, reads the store and renders
 * ordinary pages: posted reports are extracted and analysed in the writers' pool, which also
 * aligns the stories a post changed; the pages of big stories are rendered in the readers' pool
 * (and a story changed by another process aligned there), so a story read never waits behind a
 * big upload. Each gets half the cores (the writers' pool at least MIN_WRITER_THREADS). Where a worker can open the store (Store.workerFile:
 * SQLite), one more thread places and commits posted reports over its own connection, and the
 * writers' pool reads the stories it aligns by itself: a big report's megabytes are then never
 * written, read back or copied by the main thread; it saves only the summary and view that come back.
 * The writers' pool runs at a lower priority (WRITERS_NICENESS); the placing thread does not, as
 * it holds the store's write lock, which the main thread may wait for.
 */
export function makeServeContext(store: Store, options: ServeOptions): ServeContext {
  const threads = Math.max(1, Math.floor(availableParallelism() / 2));
  const writing = new AnalysisPool(Math.max(MIN_WRITER_THREADS, threads), true, WRITERS_NICENESS);
  const reading = new AnalysisPool(threads);
  // One thread: SQLite has one writer at a time, and the write queue sends it one placement at a time.
  const placing = store.workerFile ? new AnalysisPool(1) : null;
  const budget = options.budget;
  const writes = new SerialQueue();
  const stopRefresh = new AbortController();
  let refreshing: Promise<void> = Promise.resolve();
  const stories = new StoryCache(store, {
    kept: (storyId, stale) => keptStory(store, storyId, stale),
    prepare: (storyId) => prepareStory(store, storyId, { pool: reading, budget }),
    render: async (storyId, kept, name) => (isHeavy(kept) ? reading.render(name, storyId, kept.view, kept.articles, budget) : renderStory(name, decodeAligned(kept.view, kept.articles))),
  });
  return {
    options,
    intake: {
      store,
      writes,
      pool: writing,
      budget,
      place: (report) => (placing ? placing.place(store.workerFile!, report) : placeReport(store, report)),
      maxReportBytes: options.maxUploadBytes,
      fetch: options.fetch,
      // Each story a post changed is aligned, summarised and kept before the post is answered.
      afterStore: async (touched) => {
        await Promise.all(touched.map((storyId) => stories.afterWrite(storyId, () => prepareStoryOffThread(store, storyId, { pool: writing, budget })).catch(keepServing)));
      },
    },
    stories,
    findStories: (query) => findStories(store, query, preparedSummaries(store, { pool: reading, budget })),
    outlets: outletsOf(store),
    listAnswers: keepListAnswers(store),
    refreshViews: (log) => {
      refreshing = refreshViews(store, (storyId) => stories.warm(storyId), reading, log, stopRefresh.signal).catch((error: unknown) => keepServing(error));
    },
    close: async () => {
      stopRefresh.abort();
      await refreshing;
      await Promise.all([writing.close(), reading.close(), placing?.close()]);
    },
  };
}

/**
 * Characters of text and kept alignment above which a story is rendered in a worker thread. An
 * ordinary story (a few reports, tens of KB) renders in a millisecond or two, less than the trip to
 * a worker and back; a story of a long report (megabytes) takes long enough to hold up every reader.
 */
const HEAVY_STORY_CHARS = 256 * 1024;

function isHeavy(kept: KeptStory): boolean {
  return kept.articles.reduce((sum, a) => sum + a.text.length, kept.view.aligned.length) > HEAVY_STORY_CHARS;
}

/**
 * A story whose view cannot be made now (over its time budget, or its worker failed) is made by
 * its next reader; the report itself is stored, so the post still says so. Bugs are told on stderr.
 */
function keepServing(error: unknown): void {
  if (!isCorroborateError(error)) console.error(`corroborate serve: a story's view was not made: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/**
 * The store's outlets, read again only when the number of reports changed: reports are added,
 * never edited, so the same count is the same list (the list page asks on every view).
 */
function outletsOf(store: Store): () => Promise<OutletCount[]> {
  let kept: { reports: number; outlets: Promise<OutletCount[]> } | null = null;
  return async () => {
    const { reports } = await store.counts();
    if (kept?.reports !== reports) kept = { reports, outlets: store.outlets() };
    return kept.outlets;
  };
}
