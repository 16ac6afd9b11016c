/**
 * Stories are aligned when reports are stored, not when they are read: a story page is a store
 * read and a rendering in a worker thread, a big report being analysed or joining a story never
 * holds up the thread that answers readers, and a view that cannot be made loses nothing stored.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { ingestDocument, ingestInputs } from "../src/pipeline.js";
import { makeDocument } from "../src/ingest/index.js";
import { startServer, DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { postJson } from "./helpers/server.js";
import { withCopyNumber } from "./helpers/report-copies.js";

/** This is about where work runs, not the time budget: a busy machine must not make reports fail. */
const BUDGET = { secondsPerMb: 60, minSeconds: 600 };

/** The store with its writes of summaries and views counted, as made on a request's behalf. */
function counting(store: Store): { store: Store; views: () => number; failNextView: () => void } {
  let views = 0;
  let fail = false;
  const counted = new Proxy(store, {
    get(target, key) {
      if (key === "saveStoryView")
        return async (...args: Parameters<Store["saveStoryView"]>) => {
          views++;
          if (fail) {
            fail = false;
            throw new Error("the disk is full");
          }
          return target.saveStoryView(...args);
        };
      const value = target[key as keyof Store];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: counted, views: () => views, failNextView: () => (fail = true) };
}

function withStore(name: string, body: (file: string) => Promise<void>) {
  test(name, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-kept-"));
    try {
      await body(join(dir, "store.db"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

withStore("a story page read after ingest is a store read: no story is aligned on the request path", async (file) => {
  const ingesting = openSqliteStore(file, { create: true });
  await ingestInputs(["examples/rail-crash", "examples/flood-kellmoor"], ingesting, undefined, { budget: BUDGET });
  const ids = (await ingesting.listStories()).map((s) => s.id);
  await ingesting.close();
  assert.ok(ids.length >= 2);

  const { store, views } = counting(openSqliteStore(file, { create: false }));
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    for (const id of ids) {
      const page = await fetch(`${server.url}/stories/${encodeURIComponent(id)}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<h1/);
      const json = (await (await fetch(`${server.url}/api/stories/${encodeURIComponent(id)}`)).json()) as { articles: unknown[] };
      assert.ok(json.articles.length >= 1);
      assert.equal((await fetch(`${server.url}/stories/${encodeURIComponent(id)}.md`)).status, 200);
    }
    assert.equal(views(), 0, "every story was read from the view ingest kept");

    // A report stored by another process that made no view: its story is aligned for its first reader, once.
    const other = openSqliteStore(file, { create: false });
    const text = withCopyNumber(readFileSync("examples/rail-crash/steppe-wire.txt", "utf8"), 2);
    const joined = await ingestDocument(other, makeDocument("steppe-wire-corrected.txt", new TextEncoder().encode(text), "text/plain"), undefined, { budget: BUDGET });
    await other.close();
    assert.equal(joined.status, "stored");
    for (let n = 0; n < 3; n++) {
      const read = (await (await fetch(`${server.url}/api/stories/${encodeURIComponent(joined.story!)}`)).json()) as { articles: { id: string }[] };
      assert.ok(read.articles.some((a) => a.id === joined.id), "the new report is in its story");
    }
    assert.equal(views(), 1, "made once, on the first read, and kept");
  } finally {
    await server.close();
    await store.close();
  }
});

withStore("readers are answered while a big report is analysed, stored and aligned; its story page is rendered off the main thread", async (file) => {
  const { store, views } = counting(openSqliteStore(file, { create: true }));
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    const rail = readdirSync("examples/rail-crash").filter((f) => f.endsWith(".txt")).sort();
    let story = "";
    for (const name of rail.slice(0, 2)) {
      const posted = await postJson(`${server.url}/api/reports`, { text: readFileSync(`examples/rail-crash/${name}`, "utf8"), source: name });
      assert.equal(posted.status, 201, JSON.stringify(posted.json));
      story = posted.json.story;
    }
    const storyPath = `/stories/${encodeURIComponent(story)}`;
    assert.equal((await fetch(`${server.url}${storyPath}`)).status, 200);

    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    let answered = false;
    const posting = postJson(`${server.url}/api/reports`, { text: longReport(3 * 1024 * 1024), source: "long-dispatch" }).finally(() => (answered = true));
    const reads: number[] = [];
    while (!answered) {
      const start = performance.now();
      const response = await fetch(`${server.url}${storyPath}`);
      await response.arrayBuffer();
      assert.equal(response.status, 200);
      reads.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const post = await posting;
    assert.equal(post.status, 201, JSON.stringify(post.json));
    const bigPage = await fetch(`${server.url}/stories/${encodeURIComponent(post.json.story)}`);
    assert.equal(bigPage.status, 200);
    assert.ok((await bigPage.text()).includes("long-dispatch"));
    stalls.disable();

    assert.ok(reads.length >= 5, `readers were answered while the report was analysed (${reads.length} reads)`);
    // Extracting, analysing, hashing, indexing and aligning a 3 MB report, or rendering its page,
    // each take seconds; on the main thread, any of them would stall every reader that long.
    const longestMs = stalls.max / 1e6;
    assert.ok(longestMs < 2000, `the main thread stalled for ${longestMs.toFixed(0)} ms`);
    assert.ok(views() >= 3, "each post's story was aligned and kept when stored");
  } finally {
    await server.close();
    await store.close();
  }
});

withStore("a posted report is placed, committed and its story read back by worker threads over their own connections: the main thread writes no report and parses no article", async (file) => {
  const calls: string[] = [];
  const watched = new Proxy(openSqliteStore(file, { create: true }), {
    get(target, key) {
      const value = target[key as keyof Store];
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const server = await startServer(watched, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    const rail = readdirSync("examples/rail-crash").filter((f) => f.endsWith(".txt")).sort();
    const posted: Awaited<ReturnType<typeof postJson>>[] = [];
    for (const name of rail.slice(0, 3)) posted.push(await postJson(`${server.url}/api/reports`, { text: readFileSync(`examples/rail-crash/${name}`, "utf8"), source: name }));
    assert.deepEqual(posted.map((p) => p.status), [201, 201, 201], JSON.stringify(posted.map((p) => p.json)));
    assert.equal((await watched.counts()).reports, 3, "every report is stored");
    for (const write of ["exclusive", "commitReport", "splitStory", "storyArticles"]) assert.ok(!calls.includes(write), `the main thread called ${write}`);
    assert.ok(calls.includes("saveStoryView"), "the main thread keeps the views the writers' pool made");
    const story = (await (await fetch(`${server.url}/api/stories/${encodeURIComponent(posted[2]!.json.story)}`)).json()) as { articles: { id: string }[] };
    assert.ok(story.articles.some((a) => a.id === posted[2]!.json.id), "a reader sees the report the worker stored");
  } finally {
    await server.close();
    await watched.close();
  }
});

withStore("a JSON body of megabytes, read in a worker thread, is answered as a small one: broken JSON is the client's error, a report is stored", async (file) => {
  const store = openSqliteStore(file, { create: true });
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    const text = longReport(1024 * 1024);
    const post = (body: string) => fetch(`${server.url}/api/reports`, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (const broken of [JSON.stringify({ text, source: "long" }).slice(0, -2), "[" + "1,".repeat(300_000)]) {
      const refused = await post(broken);
      assert.equal(refused.status, 400);
      const answer = (await refused.json()) as { error: { code: string; message: string } };
      assert.equal(answer.error.code, "E_BAD_ARGUMENT");
      assert.match(answer.error.message, /not valid JSON/);
    }
    const stored = await post(JSON.stringify({ text, source: "long" }));
    assert.equal(stored.status, 201, await stored.clone().text());
    assert.equal((await store.counts()).reports, 1);
  } finally {
    await server.close();
    await store.close();
  }
});

withStore("a view that cannot be kept loses nothing: the post is answered as stored, and the story's next reader makes the view", async (file) => {
  const { store, views, failNextView } = counting(openSqliteStore(file, { create: true }));
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  try {
    failNextView();
    const text = readFileSync("examples/flood-kellmoor/dales-courier.txt", "utf8");
    const posted = await postJson(`${server.url}/api/reports`, { text, source: "courier" });
    assert.equal(posted.status, 201, JSON.stringify(posted.json));
    assert.deepEqual(await store.counts(), { reports: 1, stories: 1 });
    assert.equal(await store.storyView(posted.json.story), null);
    const read = (await (await fetch(`${server.url}/api/stories/${encodeURIComponent(posted.json.story)}`)).json()) as { articles: unknown[] };
    assert.equal(read.articles.length, 1);
    assert.equal(views(), 2, "the write tried, the reader made it");
    assert.notEqual(await store.storyView(posted.json.story), null);
  } finally {
    await server.close();
    await store.close();
  }
});

/** A long report of many ordinary paragraphs, each copy numbered so that no two are the same. */
function longReport(bytes: number): string {
  const bodies = readdirSync("examples/flood-kellmoor").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`examples/flood-kellmoor/${f}`, "utf8"));
  const parts = ["A long dispatch gathering many accounts\n"];
  let size = parts[0]!.length;
  for (let copy = 0; size < bytes; copy++) {
    const body = `${bodies[copy % bodies.length]}\nThis was account ${copy} of the dispatch.\n`;
    parts.push(body);
    size += body.length;
  }
  return parts.join("\n");
}
