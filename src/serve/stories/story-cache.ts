import type { Store } from "../../store/index.js";
import type { KeptStory, PreparedView } from "../../pipeline.js";
import { compressBody } from "../http/index.js";

/** A story's kept view at one revision, with what the server rendered of it so far. */
export interface CachedStory {
  revision: string;
  kept: KeptStory;
  /** Renderings of this revision by name (story-renderings.ts), each made once, on first use. */
  rendered: Map<string, Promise<string>>;
  /** The same, compressed for the wire, by name and encoding: compressing a page costs more than sending it. */
  compressed: Map<string, Promise<Buffer<ArrayBuffer>>>;
  /** Those of `compressed` that are made. */
  compressedReady: Map<string, Buffer<ArrayBuffer>>;
}

/** Where the cache gets stories from (context.ts): the store's kept views, and worker threads for the rest. */
export interface StorySource {
  /** The story's kept view: of its current revision, or with `stale` any still covering its reports. */
  kept(storyId: string, stale: boolean): Promise<KeptStory | null>;
  /** Align a story that has no view of its current revision (changed by another process) and keep it. */
  prepare(storyId: string): Promise<KeptStory | null>;
  /** One rendering of a kept story (a big one off the main thread). */
  render(storyId: string, kept: KeptStory, name: string): Promise<string>;
}

/**
 * Stories as readers get them, kept until their reports change. A story's view is made when a
 * report joins it (by the write, in the writers' pool) and kept in the store, so a reader's first
 * read is a store read and a rendering, never an analysis; asking the store for a story's revision
 * is one indexed query. Readers that arrive while a view is being loaded wait for that load
 * instead of starting their own. While a write of this server prepares a story's new view, its
 * readers get the view before it (from here, or else from the store), so a big report joining a
 * story never makes its readers wait; the poster waits for its own view, so it reads what it wrote.
 */
export class StoryCache {
  /** The newest view loaded per story, least recently read first. */
  private readonly ready = new Map<string, CachedStory>();
  /** Loads under way, per story, for one revision. */
  private readonly loading = new Map<string, { revision: string; entry: Promise<CachedStory | null> }>();
  /** Stories whose new view a write of this server is preparing. */
  private readonly writing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly source: StorySource,
    /** Stories kept; the least recently read is dropped first. */
    private readonly capacity = 256,
  ) {}

  async get(storyId: string): Promise<CachedStory | null> {
    const revision = await this.store.storyRevision(storyId);
    if (revision === null) {
      this.forget(storyId);
      return null;
    }
    const done = this.ready.get(storyId);
    if (done?.revision === revision) return this.keep(storyId, done);
    const write = this.writing.get(storyId);
    if (write) {
      const before = done ?? (await this.source.kept(storyId, true).then((kept) => kept && this.keep(storyId, entryOf(kept))));
      if (before) return before;
      await write.catch(() => {});
      const written = this.ready.get(storyId);
      if (written?.revision === revision) return written;
    }
    return this.load(storyId, revision);
  }

  /**
   * After a write changed a story: make its new view with `prepare` (in the writers' pool, which
   * keeps it in the store). Readers get the previous view meanwhile; resolves once they get the
   * new one: from here when `prepare` gives it with its articles, else from the store on the next read.
   */
  async afterWrite(storyId: string, prepare: () => Promise<KeptStory | PreparedView | null>): Promise<void> {
    const job = prepare().then((kept) => {
      if (kept && "articles" in kept) this.keep(storyId, entryOf(kept));
    });
    this.writing.set(storyId, job);
    try {
      await job;
    } finally {
      if (this.writing.get(storyId) === job) this.writing.delete(storyId);
    }
  }

  /**
   * See that the story's view of its current revision is kept in the store, made now if it is not
   * (serve/view-refresh.ts), sharing a reader's load under way, and a reader arriving meanwhile
   * shares this one. Not kept here: a pass over every story would push out what readers read.
   */
  async warm(storyId: string): Promise<void> {
    const revision = await this.store.storyRevision(storyId);
    if (revision === null || this.ready.get(storyId)?.revision === revision) return;
    await this.load(storyId, revision, false);
  }

  /** Render once per revision: later calls for the same name share the first; a failed one is tried again by the next reader. */
  render(storyId: string, entry: CachedStory, name: string): Promise<string> {
    let text = entry.rendered.get(name);
    if (!text) {
      text = this.source.render(storyId, entry.kept, name);
      entry.rendered.set(name, text);
      text.catch(() => entry.rendered.delete(name));
    }
    return text;
  }

  /** A rendering compressed with `encoding`, once per revision, as render. */
  private compress(storyId: string, entry: CachedStory, name: string, encoding: "br" | "gzip"): Promise<Buffer<ArrayBuffer>> {
    const key = `${name} ${encoding}`;
    let body = entry.compressed.get(key);
    if (!body) {
      body = this.render(storyId, entry, name).then((text) => compressBody(Buffer.from(text), encoding));
      entry.compressed.set(key, body);
      body.then(
        (made) => entry.compressedReady.set(key, made),
        () => entry.compressed.delete(key),
      );
    }
    return body;
  }

  /**
   * The rendering compressed with `encoding` if it is made, else null, and its making started: the
   * first readers of a new revision get the text as it is rather than wait behind the compressor.
   */
  compressedIfReady(storyId: string, entry: CachedStory, name: string, encoding: "br" | "gzip"): Buffer<ArrayBuffer> | null {
    const ready = entry.compressedReady.get(`${name} ${encoding}`);
    if (ready) return ready;
    // A failure here is the next reader's to retry (compress forgets it); this reader is answered without it.
    this.compress(storyId, entry, name, encoding).catch(() => {});
    return null;
  }

  /**
   * The kept view of the story's current revision, or one made now; one load per story and revision
   * at a time. `cache`: keep it among the stories read (not for warm).
   */
  private load(storyId: string, revision: string, cache = true): Promise<CachedStory | null> {
    const under = this.loading.get(storyId);
    if (under?.revision === revision) return under.entry;
    const entry = (async () => {
      const kept = (await this.source.kept(storyId, false)) ?? (await this.source.prepare(storyId));
      return kept && (cache ? this.keep(storyId, entryOf(kept)) : entryOf(kept));
    })();
    this.loading.set(storyId, { revision, entry });
    const settled = () => {
      if (this.loading.get(storyId)?.entry === entry) this.loading.delete(storyId);
    };
    entry.then(settled, settled);
    return entry;
  }

  /** Keep an entry as the story's newest, as the most recently read. */
  private keep(storyId: string, entry: CachedStory): CachedStory {
    this.ready.delete(storyId);
    this.ready.set(storyId, entry);
    if (this.ready.size > this.capacity) this.forget(this.ready.keys().next().value!);
    return entry;
  }

  private forget(storyId: string): void {
    this.ready.delete(storyId);
    this.loading.delete(storyId);
  }
}

function entryOf(kept: KeptStory): CachedStory {
  return { revision: kept.view.revision, kept, rendered: new Map(), compressed: new Map(), compressedReady: new Map() };
}

