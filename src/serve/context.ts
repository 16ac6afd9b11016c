import type { Store } from "../store/index.js";
import type { FetchOptions } from "../ingest/fetch-url.js";
import { listStories } from "../pipeline.js";
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
  /** URL fetching; tests loosen the address policy to reach their own local sites. */
  fetch?: Partial<FetchOptions>;
}

/**
 * 10 MB a request: a saved news page is rarely over 2 MB, and a form of clippings stays well
 * under this, while one request cannot fill the server's memory.
 */
export const DEFAULT_SERVE_OPTIONS: ServeOptions = { host: "127.0.0.1", port: 8080, maxUploadBytes: 10 * 1024 * 1024 };

/** What the routes share: the store behind one write queue, and the cache of aligned stories. */
export interface ServeContext {
  options: ServeOptions;
  intake: IntakeContext;
  stories: StoryCache;
  /** Every story with its summary; runs in the write queue because it saves summaries it makes. */
  listStories(): Promise<ListedStory[]>;
}

export function makeServeContext(store: Store, options: ServeOptions): ServeContext {
  const writes = new SerialQueue();
  const stories = new StoryCache(store);
  // Summaries of changed stories come from the cache, which the story pages then reuse.
  const aligned = async (storyId: string) => (await stories.get(storyId))?.aligned ?? null;
  return {
    options,
    intake: { store, writes, maxReportBytes: options.maxUploadBytes, fetch: options.fetch },
    stories,
    listStories: () => writes.run(() => listStories(store, aligned)),
  };
}
