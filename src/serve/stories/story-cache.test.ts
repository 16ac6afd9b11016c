import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../store/index.js";
import type { KeptStory } from "../../pipeline.js";
import { StoryCache } from "./story-cache.js";

const keptAt = (revision: string): KeptStory => ({ view: { revision, reports: [], aligned: "{}", analysis: "rules" }, articles: [] });
const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * A store that only knows revisions, views kept per story, and preparations and renderings the
 * test finishes by hand.
 */
function fixture() {
  const revisions = new Map<string, string>([["s-1", "1.1"]]);
  const views = new Map<string, KeptStory>();
  const store = { storyRevision: async (id: string) => revisions.get(id) ?? null } as unknown as Store;
  const prepared: { id: string; finish(revision: string | null): void }[] = [];
  const renders: { name: string; finish(text: string | Error): void }[] = [];
  const cache = new StoryCache(store, {
    kept: async (id, stale) => {
      const kept = views.get(id);
      return kept && (stale || kept.view.revision === revisions.get(id)) ? kept : null;
    },
    prepare: (id) => new Promise((resolve) => prepared.push({ id, finish: (revision) => resolve(revision ? keptAt(revision) : null) })),
    render: (_id, _kept, name) => new Promise((resolve, reject) => renders.push({ name, finish: (text) => (text instanceof Error ? reject(text) : resolve(text)) })),
  });
  return { revisions, views, prepared, renders, cache };
}

test("a story with a view of its revision is read from the store; one without is prepared once for all its readers", async () => {
  const { revisions, views, prepared, cache } = fixture();
  views.set("s-1", keptAt("1.1"));
  assert.equal((await cache.get("s-1"))?.revision, "1.1");
  assert.equal(prepared.length, 0, "a kept view needs no analysis");

  revisions.set("s-1", "2.4");
  const readers = [cache.get("s-1"), cache.get("s-1")];
  await settle();
  assert.equal(prepared.length, 1, "one preparation for both readers");
  prepared[0]!.finish("2.4");
  assert.deepEqual((await Promise.all(readers)).map((e) => e?.revision), ["2.4", "2.4"]);
  revisions.delete("s-1");
  assert.equal(await cache.get("s-1"), null, "a story gone is null");
});

test("while a write prepares a story's new view, readers get the one before it, then the new one", async () => {
  const { revisions, views, prepared, cache } = fixture();
  views.set("s-1", keptAt("1.1"));
  revisions.set("s-1", "2.5");
  let finishWrite: (kept: KeptStory) => void = () => {};
  const writing = cache.afterWrite("s-1", () => new Promise((resolve) => (finishWrite = resolve)));
  assert.equal((await cache.get("s-1"))?.revision, "1.1", "the stored view before the write, without waiting for it");
  assert.equal((await cache.get("s-1"))?.revision, "1.1");
  finishWrite(keptAt("2.5"));
  await writing;
  assert.equal((await cache.get("s-1"))?.revision, "2.5");
  assert.equal(prepared.length, 0, "readers never prepared the story themselves");
});

test("a story with no view at all waits for the write preparing it", async () => {
  const { revisions, prepared, cache } = fixture();
  revisions.set("s-1", "1.7");
  let finishWrite: (kept: KeptStory) => void = () => {};
  const writing = cache.afterWrite("s-1", () => new Promise((resolve) => (finishWrite = resolve)));
  const reader = cache.get("s-1");
  await settle();
  finishWrite(keptAt("1.7"));
  await writing;
  assert.equal((await reader)?.revision, "1.7");
  assert.equal(prepared.length, 0);
});

test("each rendering is made once per revision; a failed one is made again by the next reader", async () => {
  const { views, renders, cache } = fixture();
  views.set("s-1", keptAt("1.1"));
  const entry = (await cache.get("s-1"))!;
  const pages = [cache.render("s-1", entry, "html"), cache.render("s-1", entry, "html")];
  await settle();
  assert.equal(renders.length, 1);
  renders[0]!.finish("<p>page</p>");
  assert.deepEqual(await Promise.all(pages), ["<p>page</p>", "<p>page</p>"]);

  const failing = cache.render("s-1", entry, "json");
  await settle();
  renders[1]!.finish(new Error("worker gone"));
  await assert.rejects(failing, /worker gone/);
  await settle();
  const again = cache.render("s-1", entry, "json");
  await settle();
  assert.equal(renders.length, 3, "tried again");
  renders[2]!.finish("{}");
  assert.equal(await again, "{}");
});
