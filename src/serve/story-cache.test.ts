import { test } from "node:test";
import assert from "node:assert/strict";
import type { AlignedStory } from "../types.js";
import type { Store } from "../store/index.js";
import { StoryCache } from "./story-cache.js";

/** A store that only knows revisions, and loaders whose alignments the test finishes by hand. */
function fixture() {
  const revisions = new Map<string, string>([["s-1", "1.1"]]);
  const store = { storyRevision: async (id: string) => revisions.get(id) ?? null } as unknown as Store;
  const calls: { by: "reader" | "write"; finish(headline: string): void }[] = [];
  const loader = (by: "reader" | "write") => () =>
    new Promise<AlignedStory | null>((resolve) => calls.push({ by, finish: (headline) => resolve({ story: { headline } } as AlignedStory) }));
  return { revisions, calls, cache: new StoryCache(store, loader("reader"), loader("write")) };
}

test("readers share one alignment; while a write re-aligns a story, they get the revision before it", async () => {
  const { revisions, calls, cache } = fixture();
  const first = [cache.get("s-1"), cache.get("s-1")];
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(calls.length, 1, "one alignment for both readers");
  calls[0]!.finish("v1");
  assert.deepEqual((await Promise.all(first)).map((e) => e?.aligned.story.headline), ["v1", "v1"]);

  revisions.set("s-1", "2.5");
  const refreshing = cache.refresh("s-1");
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(calls.at(-1)!.by, "write");
  assert.equal((await cache.get("s-1"))?.aligned.story.headline, "v1", "a reader does not wait for the write's alignment");
  calls.at(-1)!.finish("v2");
  assert.equal((await refreshing)?.revision, "2.5");
  assert.equal((await cache.get("s-1"))?.aligned.story.headline, "v2");
  assert.equal(calls.length, 2, "the reader used the write's alignment");
});

test("a story changed elsewhere is aligned afresh for its reader; a story gone is null", async () => {
  const { revisions, calls, cache } = fixture();
  const first = cache.get("s-1");
  await new Promise((resolve) => setImmediate(resolve));
  calls[0]!.finish("v1");
  await first;
  revisions.set("s-1", "3.9");
  const fresh = cache.get("s-1");
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(calls.at(-1)!.by, "reader");
  calls.at(-1)!.finish("v3");
  assert.equal((await fresh)?.aligned.story.headline, "v3");
  revisions.delete("s-1");
  assert.equal(await cache.get("s-1"), null);
});
