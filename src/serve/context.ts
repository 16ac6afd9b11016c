import { availableParallelism } from "node:os";
import type { OutletCount, Store, StoryQuery } from "../store/index.js";
import type { ServeOptions } from "./options.js";
import { isCorroborateError } from "../errors.js";
import { loadStory, summariseStored } from "../pipeline.js";
import { AnalysisPool } from "../workers/analysis-pool.js";
import { SerialQueue } from "./serial-queue.js";
import { StoryCache } from "./story-cache.js";
import type { IntakeContext } from "./report-intake.js";
import { findStories, type ListedPage } from "./story-search.js";
import { publicStory } from "./public-story.js";

export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from "./options.js";

/** What the routes share: the store behind one write queue, the worker pools, and the cache of aligned stories. */
export interface ServeContext {
  options: ServeOptions;
  intake: IntakeContext;
  stories: StoryCache;
  /** One page of the story list (story-search.ts); summaries missing are made in the readers' pool and kept. */
  findStories(query: StoryQuery): Promise<ListedPage>;
  /** Outlets of the stored reports, for the list's outlet filter. */
  outlets(): Promise<OutletCount[]>;
  /** Stop the worker threads. */
  close(): Promise<void>;
}

/**
 * Two pools of worker threads, so that the main thread only routes requests and renders pages:
 * posted reports are extracted and analysed in the writers' pool, which also re-aligns the
 * stories a post changed; readers' stories are aligned in their own pool, so a story read never
 * waits behind a big upload. Each gets half the cores.
 */
export function makeServeContext(store: Store, options: ServeOptions): ServeContext {
  const threads = Math.max(1, Math.floor(availableParallelism() / 2));
  const writing = new AnalysisPool(threads);
  const reading = new AnalysisPool(threads);
  const budget = options.budget;
  const writes = new SerialQueue();
  const stories = new StoryCache(
    store,
    async (storyId) => publicStory(await loadStory(store, storyId, { pool: reading, budget })),
    async (storyId) => publicStory(await loadStory(store, storyId, { pool: writing, budget })),
  );
  const aligned = async (storyId: string) => (await stories.get(storyId))?.aligned ?? null;
  const refreshed = async (storyId: string) => (await stories.refresh(storyId))?.aligned ?? null;
  return {
    options,
    intake: {
      store,
      writes,
      pool: writing,
      budget,
      maxReportBytes: options.maxUploadBytes,
      fetch: options.fetch,
      // Each story a post changed is re-aligned and summarised before the post is answered.
      afterStore: async (touched) => {
        await Promise.all(touched.map((storyId) => summariseStored(store, storyId, refreshed).catch(keepServing)));
      },
    },
    stories,
    findStories: (query) => findStories(store, query, aligned),
    outlets: outletsOf(store),
    close: async () => {
      await Promise.all([writing.close(), reading.close()]);
    },
  };
}

/** A summary over its time budget is left for a later reader; the report itself is stored. */
function keepServing(error: unknown): null {
  if (!isCorroborateError(error)) throw error;
  return null;
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
