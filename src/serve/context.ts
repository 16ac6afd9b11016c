import { availableParallelism } from "node:os";
import type { Store } from "../store/index.js";
import type { ServeOptions } from "./options.js";
import { isCorroborateError } from "../errors.js";
import { listStories, loadStory, summariseStored } from "../pipeline.js";
import { AnalysisPool } from "../workers/analysis-pool.js";
import { SerialQueue } from "./serial-queue.js";
import { StoryCache } from "./story-cache.js";
import type { IntakeContext } from "./report-intake.js";
import type { ListedStory } from "./story-search.js";

export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from "./options.js";

/** What the routes share: the store behind one write queue, the worker pools, and the cache of aligned stories. */
export interface ServeContext {
  options: ServeOptions;
  intake: IntakeContext;
  stories: StoryCache;
  /** Every story with its summary; summaries missing are made in the readers' pool and kept. */
  listStories(): Promise<ListedStory[]>;
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
    (storyId) => loadStory(store, storyId, { pool: reading, budget }),
    (storyId) => loadStory(store, storyId, { pool: writing, budget }),
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
    listStories: () => listStories(store, aligned),
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
