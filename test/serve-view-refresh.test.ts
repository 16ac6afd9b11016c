/**
 * Kept story views carry the analysis that made them (src/analysis-version.ts): after an upgrade a
 * view made by other rules is never shown, and `serve` remakes the views a store lacks in the
 * background, newest stories first, while readers are answered.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { ingestInputs } from "../src/pipeline.js";
import { startServer, DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { ANALYSIS_VERSION } from "../src/analysis-version.js";

/** This is about which views are shown and made, not the time budget: a busy machine must not make stories fail. */
const BUDGET = { secondsPerMb: 60, minSeconds: 600 };

/** A stamp no current analysis gives: what a view kept by an older release carries. */
const RETIRED_RULES = "0.0.1+rules.0";

/** The store with the stories whose views it keeps, in the order kept. */
function recording(store: Store): { store: Store; kept: string[] } {
  const kept: string[] = [];
  const recorded = new Proxy(store, {
    get(target, key) {
      if (key === "saveStoryView")
        return async (...args: Parameters<Store["saveStoryView"]>) => {
          kept.push(args[0]);
          return target.saveStoryView(...args);
        };
      const value = target[key as keyof Store];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: recorded, kept };
}

function withIngestedStore(name: string, body: (file: string, ids: string[]) => Promise<void>) {
  test(name, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-refresh-"));
    try {
      const file = join(dir, "store.db");
      const store = openSqliteStore(file, { create: true });
      await ingestInputs(["examples/rail-crash", "examples/flood-kellmoor", "examples/earthquake"], store, undefined, { budget: BUDGET });
      const ids = (await store.listStories()).map((s) => s.id);
      await store.close();
      assert.ok(ids.length >= 3, `stories to refresh (${ids.length})`);
      await body(file, ids);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Resolves once the store holds a current view of every story. */
async function untilAllViewsCurrent(store: Store): Promise<void> {
  for (let waited = 0; (await store.storiesWithoutView(ANALYSIS_VERSION)).length > 0; waited += 50) {
    assert.ok(waited < 240_000, "the background refresh finished");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

withIngestedStore("a view made by older analysis rules is never shown: each is made again once, then read from the store", async (file, ids) => {
  const marker = "Headline kept by retired rules";
  const upgrading = openSqliteStore(file, { create: false });
  for (const id of ids) {
    const view = (await upgrading.storyView(id))!;
    assert.equal(view.analysis, ANALYSIS_VERSION, "ingest stamps the views it keeps");
    const aligned = JSON.parse(view.aligned) as { story: { headline: string } };
    aligned.story.headline = marker;
    await upgrading.saveStoryView(id, { ...view, aligned: JSON.stringify(aligned), analysis: RETIRED_RULES });
  }
  await upgrading.close();

  const { store, kept } = recording(openSqliteStore(file, { create: false }));
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    // Readers arrive while the background pass runs: each gets the story as analysed now.
    const pages = await Promise.all(
      ids.flatMap((id) => [`/stories/${encodeURIComponent(id)}`, `/api/stories/${encodeURIComponent(id)}`, `/stories/${encodeURIComponent(id)}.md`].map((path) => fetch(`${server.url}${path}`))),
    );
    for (const page of pages) {
      assert.equal(page.status, 200);
      assert.ok(!(await page.text()).includes(marker), `${page.url} shows no view made by retired rules`);
    }
    await untilAllViewsCurrent(store);
    assert.deepEqual([...kept].sort(), [...ids].sort(), "each story made again once, by a reader or the background pass, whichever came first");
    for (const id of ids) assert.equal((await store.storyView(id))?.analysis, ANALYSIS_VERSION);
    for (const id of ids) assert.equal((await fetch(`${server.url}/api/stories/${encodeURIComponent(id)}`)).status, 200);
    assert.equal(kept.length, ids.length, "read from the store once made");
  } finally {
    await server.close();
    await store.close();
  }
});

withIngestedStore("serve makes the views a store lacks in the background, newest stories first, and says how far it got", async (file, ids) => {
  const db = new Database(file);
  db.exec("DELETE FROM story_views");
  db.close();
  const { store, kept } = recording(openSqliteStore(file, { create: false }));
  const due = await store.storiesWithoutView(ANALYSIS_VERSION);
  assert.deepEqual([...due].sort(), [...ids].sort());
  const newestFirst = (await store.storyPage({ limit: ids.length })).stories.map((s) => s.id);
  assert.deepEqual(due, newestFirst, "in the story list's order");

  const log: string[] = [];
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET }, (line) => log.push(line));
  try {
    await untilAllViewsCurrent(store);
  } finally {
    await server.close();
    await store.close();
  }
  assert.deepEqual(kept, due, "each made once, newest first, with no reader asking");
  assert.ok(log.some((line) => line.includes(`making ${ids.length} story views`)), log.join("\n"));
  assert.ok(log.some((line) => line.includes(`story views made: ${ids.length}`)), log.join("\n"));
});
