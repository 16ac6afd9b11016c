/**
 * The story list's answers are kept until the store changes: the same page asked again is not
 * built again, and a report stored by this server or by another process shows at once.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { ingestDocument, ingestInputs } from "../src/pipeline.js";
import { makeDocument } from "../src/ingest/index.js";
import { startServer, DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { postJson } from "./helpers/server.js";

const BUDGET = { secondsPerMb: 60, minSeconds: 600 };

/** The store with its list queries counted. */
function counting(store: Store): { store: Store; pages: () => number } {
  let pages = 0;
  const counted = new Proxy(store, {
    get(target, key) {
      if (key === "storyPage") return (...args: Parameters<Store["storyPage"]>) => (pages++, target.storyPage(...args));
      const value = target[key as keyof Store];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store: counted, pages: () => pages };
}

test("a list answer is built once until the store changes, by this server or another process", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-list-answers-"));
  const file = join(dir, "store.db");
  const ingesting = openSqliteStore(file, { create: true });
  await ingestInputs(["examples/rail-crash", "examples/earthquake"], ingesting, undefined, { budget: BUDGET });
  await ingesting.close();
  const { store, pages } = counting(openSqliteStore(file, { create: false }));
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
  const total = async (path: string, encoding = "br") => {
    const response = await fetch(`${server.url}${path}`, { headers: { "Accept-Encoding": encoding } });
    assert.equal(response.status, 200);
    return ((await response.json()) as { total: number }).total;
  };
  try {
    const first = await total("/api/stories");
    assert.equal(await total("/api/stories"), first);
    assert.equal(pages(), 1, "the same answer again, not built again");
    const html = await (await fetch(`${server.url}/`)).text();
    assert.equal(await (await fetch(`${server.url}/`)).text(), html);
    assert.equal(await total("/api/stories", "gzip"), first);
    assert.equal(pages(), 3, "each page and encoding built once");

    const flood = readFileSync("examples/flood-kellmoor/dales-courier.txt", "utf8");
    const posted = await postJson(`${server.url}/api/reports`, { text: flood, source: "courier" });
    assert.equal(posted.status, 201, JSON.stringify(posted.json));
    assert.equal(await total("/api/stories"), first + 1, "a post of this server shows at once");

    const other = openSqliteStore(file, { create: false });
    const text = readFileSync("examples/ferry-sinking/dhaka-sentinel.txt", "utf8");
    const stored = await ingestDocument(other, makeDocument("ferry.txt", new TextEncoder().encode(text), "text/plain"), undefined, { budget: BUDGET });
    await other.close();
    assert.equal(stored.status, "stored");
    assert.equal(await total("/api/stories"), first + 2, "a report stored by another process shows at once");
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
