import type { AlignedStory } from "../types.js";
import type { Store } from "../store/index.js";
import { loadStory } from "../pipeline.js";

/** A story aligned at one revision, with what the server rendered of it so far. */
export interface CachedStory {
  revision: string;
  aligned: AlignedStory;
  /** Renderings of this revision by name ("json", "html"), made on first use. */
  rendered: Map<string, string>;
}

/**
 * Aligned stories, kept until their reports change. Aligning re-analyzes every report of a story
 * (about 2 ms a report), which is too slow to repeat for each of many readers; asking the store
 * for a story's revision is one indexed query. Readers that arrive while a story is being aligned
 * wait for that alignment instead of starting their own.
 */
export class StoryCache {
  private readonly entries = new Map<string, Promise<CachedStory | null>>();

  constructor(
    private readonly store: Store,
    /** Stories kept; the least recently read is dropped first. */
    private readonly capacity = 256,
  ) {}

  async get(storyId: string): Promise<CachedStory | null> {
    const revision = await this.store.storyRevision(storyId);
    if (revision === null) {
      this.entries.delete(storyId);
      return null;
    }
    const pending = this.entries.get(storyId);
    if (pending) {
      const cached = await pending;
      if (cached?.revision === revision) {
        this.touch(storyId, pending);
        return cached;
      }
    }
    return this.load(storyId, revision);
  }

  /** Render once per revision: later calls for the same name return the first result. */
  render(entry: CachedStory, name: string, make: (aligned: AlignedStory) => string): string {
    let text = entry.rendered.get(name);
    if (text === undefined) {
      text = make(entry.aligned);
      entry.rendered.set(name, text);
    }
    return text;
  }

  private load(storyId: string, revision: string): Promise<CachedStory | null> {
    const loading = loadStory(this.store, storyId).then((aligned) => (aligned ? { revision, aligned, rendered: new Map<string, string>() } : null));
    this.touch(storyId, loading);
    loading.catch(() => {
      if (this.entries.get(storyId) === loading) this.entries.delete(storyId);
    });
    return loading;
  }

  private touch(storyId: string, entry: Promise<CachedStory | null>): void {
    this.entries.delete(storyId);
    this.entries.set(storyId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
