import type { Store } from "../store/index.js";
import type { ServeOptions } from "./options.js";
import { listStories } from "../pipeline.js";
import { SerialQueue } from "./serial-queue.js";
import { StoryCache } from "./story-cache.js";
import type { IntakeContext } from "./report-intake.js";
import type { ListedStory } from "./story-search.js";

export { DEFAULT_SERVE_OPTIONS, type ServeOptions } from "./options.js";

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
