import { availableParallelism } from "node:os";
import type { Store } from "../store/index.js";
import type { FetchOptions } from "../ingest/fetch-url.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";
import { isCorroborateError } from "../errors.js";
import { listStories, loadStory, summariseStored } from "../pipeline.js";
import { AnalysisPool } from "../workers/analysis-pool.js";
import { SerialQueue } from "./serial-queue.js";
import { StoryCache } from "./story-cache.js";
import type { IntakeContext } from "./report-intake.js";
import type { ListedStory } from "./story-search.js";

export interface ServeOptions {
  /** The address the server listens on; loopback by default (see security.ts). */
  host: string;
  port: number;
  /** The largest request body accepted: one upload form, all its files together. */
  maxUploadBytes: number;
  /** The time one posted report may take to extract and analyse (config.ts). */
  budget: TimeBudget;
  /** URL fetching; tests loosen the address policy to reach their own local sites. */
  fetch?: Partial<FetchOptions>;
}

/**
 * 10 MB a request: a saved news page is rarely over 2 MB, and a form of clippings stays well
 * under this, while one request cannot fill the server's memory.
 */
export const DEFAULT_SERVE_OPTIONS: ServeOptions = { host: "127.0.0.1", port: 8080, maxUploadBytes: 10 * 1024 * 1024, budget: DEFAULT_OPTIONS.budget };

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
