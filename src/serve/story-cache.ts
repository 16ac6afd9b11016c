import type { AlignedStory } from "../types.js";
import type { Store } from "../store/index.js";

/** A story aligned at one revision, with what the server rendered of it so far. */
export interface CachedStory {
  revision: string;
  aligned: AlignedStory;
  /** Renderings of this revision by name ("json", "html"), made on first use. */
  rendered: Map<string, string>;
}

/** Aligns one stored story (in a worker pool, under the time budget); null when there is no such story. */
export type StoryLoader = (storyId: string) => Promise<AlignedStory | null>;

/** The newest revision of a story asked for, and its alignment under way or done. */
interface Slot {
  revision: string;
  loading: Promise<CachedStory | null>;
  /** Started by a write (refresh), not by a reader: readers may take the previous revision meanwhile. */
  byWrite: boolean;
  failed: boolean;
}

/**
 * Aligned stories, kept until their reports change. Aligning re-analyses every report of a story,
 * far too slow to repeat for each of many readers; asking the store for a story's revision is one
 * indexed query. Readers that arrive while a story is being aligned wait for that alignment instead
 * of starting their own, except when a write is re-aligning a story they could already read: then
 * they get the revision before it until the new one is ready (or if it fails), so a big report
 * joining a story never makes its readers wait. The poster waits for its own refresh, so it reads
 * what it wrote.
 */
export class StoryCache {
  private readonly slots = new Map<string, Slot>();
  /** The newest alignment finished per story. */
  private readonly ready = new Map<string, CachedStory>();

  constructor(
    private readonly store: Store,
    /** How readers align a story they find changed. */
    private readonly loadForReader: StoryLoader,
    /** How a write re-aligns the stories it changed (the writers' pool, so readers' stays free). */
    private readonly loadForWrite: StoryLoader,
    /** Stories kept; the least recently read is dropped first. */
    private readonly capacity = 256,
  ) {}

  async get(storyId: string): Promise<CachedStory | null> {
    const revision = await this.revisionOf(storyId);
    if (revision === null) return null;
    let slot = this.slots.get(storyId);
    if (slot?.revision !== revision) slot = this.start(storyId, revision, false);
    this.touch(storyId, slot);
    const done = this.ready.get(storyId);
    if (done && (done.revision === revision || slot.byWrite || slot.failed)) return done;
    return slot.loading;
  }

  /** Re-align a story a write changed, for its current revision; resolves once readers get it. */
  async refresh(storyId: string): Promise<CachedStory | null> {
    const revision = await this.revisionOf(storyId);
    if (revision === null) return null;
    const slot = this.slots.get(storyId);
    return (slot?.revision === revision ? slot : this.start(storyId, revision, true)).loading;
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

  /** The story's revision now; a story gone (merged away, split) is dropped from the cache. */
  private async revisionOf(storyId: string): Promise<string | null> {
    const revision = await this.store.storyRevision(storyId);
    if (revision === null) this.forget(storyId);
    return revision;
  }

  private start(storyId: string, revision: string, byWrite: boolean): Slot {
    const load = byWrite ? this.loadForWrite : this.loadForReader;
    const slot: Slot = { revision, byWrite, failed: false, loading: Promise.resolve(null) };
    slot.loading = load(storyId).then(
      (aligned) => {
        const entry = aligned ? { revision, aligned, rendered: new Map<string, string>() } : null;
        if (entry && this.slots.get(storyId) === slot) this.ready.set(storyId, entry);
        return entry;
      },
      (error: unknown) => {
        slot.failed = true;
        throw error;
      },
    );
    // A failed alignment is answered to whoever waits for it; it must not also surface as unhandled.
    slot.loading.catch(() => {});
    this.touch(storyId, slot);
    return slot;
  }

  private touch(storyId: string, slot: Slot): void {
    this.slots.delete(storyId);
    this.slots.set(storyId, slot);
    if (this.slots.size > this.capacity) this.forget(this.slots.keys().next().value!);
  }

  private forget(storyId: string): void {
    this.slots.delete(storyId);
    this.ready.delete(storyId);
  }
}
