/**
 * The server over a store of thousands of stories: the list pages through all of them, search
 * reads report bodies, answers are compressed, and no answer carries a local path.
 */
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { request } from "node:http";
import { openSqliteStore, type Store, type StorySummary } from "../src/store/index.js";
import { emptyStory, reportFeatures, withReport } from "../src/cluster/index.js";
import { ingestInputs } from "../src/pipeline.js";
import { startServer, type RunningServer, DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { analyzedArticle } from "./helpers/analyzed.js";
import { reportWords } from "../src/store/search-text.js";

const STORIES = 1500;
/** A place no title names: only the body of one report states it. */
const BODY_PLACE = "Zarqaville";
const DAY_MS = 86_400_000;
/** This test is about scale, not the time budget: a machine busy with other work must not make it skip reports. */
const BUDGET = { secondsPerMb: 4, minSeconds: 600 };

let dir: string;
let store: Store;
let server: RunningServer;
/** The generated stories in the order the list must give them: newest day first, then id; undated last. */
let expectedOrder: string[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-scale-"));
  store = openSqliteStore(join(dir, "scale.db"), { create: true });
  expectedOrder = await bulkStories(store);
  // Real reports read from files under a temporary folder: their paths must not leave the server.
  cpSync("examples/rail-crash", join(dir, "inputs"), { recursive: true });
  await ingestInputs([join(dir, "inputs")], store, undefined, { budget: BUDGET });
  server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, budget: BUDGET });
});

after(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The fast path: reports analysed by hand (no tagger) and committed each as its own story, with a
 * summary saved as ingest would; one in every 97 undated. Returns their ids in list order.
 */
async function bulkStories(target: Store): Promise<string[]> {
  const made: { id: string; day: number | null }[] = [];
  await target.exclusive(async () => {
    for (let n = 0; n < STORIES; n++) {
      const id = `s-bulk-${String(n).padStart(4, "0")}`;
      const day = n % 97 === 0 ? null : 20_000 + ((n * 37) % 400);
      const published = day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
      const text = n === 700 ? `Crews were sent to ${BODY_PLACE} after the river rose overnight. Schools stayed shut on Tuesday.` : `Report ${n} of the bulk set says the council met on Tuesday. Item ${n} was discussed.`;
      const analyzed = analyzedArticle(`bulk-${n}`, text, [], { published, title: `Bulletin number ${n}` });
      const features = reportFeatures(analyzed);
      await target.commitReport(
        { id: analyzed.article.id, source: `/private/reports/bulk-${n}.txt`, contentHash: `h${n}`, textHash: `t${n}`, article: analyzed.article, features, searchWords: reportWords(analyzed.article, []) },
        { story: withReport(emptyStory(id), features), created: true, merged: [] },
      );
      const summary: StorySummary = { headline: analyzed.article.title, firstPublished: published, lastPublished: published, reports: 1, independentOutlets: 1, disputed: n % 5 === 0 ? 1 : 0, articles: [] };
      await target.saveSummary(id, (await target.storyRevision(id))!, summary);
      made.push({ id, day });
    }
  });
  return made.sort((a, b) => (b.day ?? -Infinity) - (a.day ?? -Infinity) || (a.id < b.id ? -1 : 1)).map((s) => s.id);
}

async function getJson(path: string): Promise<any> {
  const response = await fetch(`${server.url}${path}`);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return response.json();
}

test("paging /api/stories by its next links reaches the last of 1,500 stories, each once, newest first", async () => {
  const seen: string[] = [];
  let total = 0;
  for (let next: string | null = "/api/stories?limit=200"; next; ) {
    const page = await getJson(next);
    total = page.total;
    seen.push(...page.stories.map((s: { id: string }) => s.id));
    next = page.next;
  }
  const bulk = seen.filter((id) => id.startsWith("s-bulk-"));
  assert.equal(total, seen.length);
  assert.equal(new Set(seen).size, seen.length, "no story twice");
  assert.deepEqual(bulk, expectedOrder);
  // The list page takes the same cursor: after all stories but one, it shows the last story.
  const first = await getJson("/api/stories?limit=1000");
  const allButOne = await getJson(`/api/stories?limit=${total - 1001}&cursor=${first.cursor}`);
  const page = await (await fetch(`${server.url}/?cursor=${allButOne.cursor}`)).text();
  assert.ok(page.includes(`/stories/${expectedOrder.at(-1)}`), "the list page's last page lists the last story");
});

test("filters narrow the list: disputed only, a date range, an outlet; bad values are a 400", async () => {
  const disputed = await getJson("/api/stories?disputed=1&limit=1000");
  assert.equal(disputed.stories.filter((s: { id: string }) => s.id.startsWith("s-bulk-")).length, Math.ceil(STORIES / 5));
  assert.ok(disputed.stories.every((s: { disputed: number }) => s.disputed > 0));
  const day = new Date(20_010 * DAY_MS).toISOString().slice(0, 10);
  const oneDay = await getJson(`/api/stories?from=${day}&to=${day}`);
  assert.ok(oneDay.total > 0 && oneDay.stories.every((s: { lastPublished: string }) => s.lastPublished === day));
  const outlets = (await getJson("/api/outlets")).outlets as { name: string }[];
  const railOutlet = outlets.find((o) => !o.name.startsWith("Outlet bulk"))!;
  const byOutlet = await getJson(`/api/stories?outlet=${encodeURIComponent(railOutlet.name.toUpperCase())}`);
  assert.ok(byOutlet.total >= 1 && byOutlet.stories.every((s: { articles: { outlet: string }[] }) => s.articles.some((a) => a.outlet === railOutlet.name)));
  for (const bad of ["from=2026-13-01", "to=yesterday", "from=2026-03-02&to=2026-03-01", "cursor=%%%", "limit=0"]) {
    const response = await fetch(`${server.url}/api/stories?${bad}`);
    assert.equal(response.status, 400, bad);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, "E_BAD_ARGUMENT");
  }
});

test("a place stated only in a report's body finds its story, through /api/search and the list page's search", async () => {
  const found = await getJson(`/api/search?q=${BODY_PLACE.toLowerCase()}`);
  assert.deepEqual(found.stories.map((s: { id: string }) => s.id), ["s-bulk-0700"]);
  assert.ok(!found.stories[0].headline.includes(BODY_PLACE), "the headline does not name it");
  const page = await (await fetch(`${server.url}/?q=${BODY_PLACE}`)).text();
  assert.ok(page.includes("/stories/s-bulk-0700"));
  assert.equal((await fetch(`${server.url}/api/search`)).status, 400, "search needs words");
});

test("pages and JSON are compressed with brotli or gzip as the client accepts, and say so", async () => {
  for (const path of ["/", "/api/stories"]) {
    for (const [accept, expected] of [["br, gzip", "br"], ["gzip", "gzip"], ["identity", undefined]] as const) {
      const headers = await headersOf(path, accept);
      assert.equal(headers["content-encoding"], expected, `${path} with ${accept}`);
      assert.match(String(headers["vary"]), /accept-encoding/i);
    }
  }
});

test("a story's first reader gets it as it is while it is compressed; later readers get it compressed", async () => {
  const rail = (await getJson("/api/stories?q=train&limit=5")).stories[0];
  for (const path of [`/stories/${rail.id}`, `/api/stories/${rail.id}`]) {
    const first = await headersOf(path, "br, gzip");
    assert.equal(first["content-encoding"], undefined, `${path}: the first read does not wait for the compressor`);
    assert.match(String(first["vary"]), /accept-encoding/i);
    let later = first;
    for (let tries = 0; tries < 50 && later["content-encoding"] === undefined; tries++) later = await headersOf(path, "br, gzip");
    assert.equal(later["content-encoding"], "br", `${path}: later reads get the compressed body`);
    assert.equal((await headersOf(path, "gzip"))["content-encoding"], undefined, "each encoding is made on its first read");
  }
});

test("no page or API answer holds a local path: file sources are named by their file name", async () => {
  const rail = (await getJson("/api/stories?q=train&limit=5")).stories[0];
  assert.ok(rail, "the ingested reports form a story");
  const paths = ["/", "/?q=train", `/stories/${rail.id}`, "/api/stories?limit=1000", `/api/stories/${rail.id}`, "/api/search?q=train", "/api/outlets"];
  for (const path of paths) {
    const body = await (await fetch(`${server.url}${path}`)).text();
    for (const local of [dir, resolve("."), "/private/reports"]) assert.ok(!body.includes(local), `${path} holds ${local}`);
  }
  const story = await getJson(`/api/stories/${rail.id}`);
  for (const article of story.articles as { source: string; name: string }[]) {
    assert.match(article.source, /^[^/\\]+\.(?:txt|html)$/, "a file source is its file name");
    assert.ok(article.name && !article.name.includes("/"), "every report has a name to show");
  }
});

/** Response headers of a GET with this Accept-Encoding (fetch would decode and hide nothing, but cannot send identity alone). */
function headersOf(path: string, acceptEncoding: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolvePromise, reject) => {
    const req = request(`${server.url}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      response.resume();
      response.on("end", () => resolvePromise(response.headers));
    });
    req.on("error", reject);
    req.end();
  });
}
