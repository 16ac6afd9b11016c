import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { postJson, startTestServer, type TestServer } from "./helpers/server.js";
import { openSqliteStore } from "../src/store/index.js";

const RAIL = "examples/rail-crash";
const railFiles = readdirSync(RAIL).filter((f) => /\.(txt|html)$/.test(f)).sort();
const read = (name: string) => readFileSync(`${RAIL}/${name}`);

let server: TestServer;
before(async () => {
  server = await startTestServer({ maxUploadBytes: 256 * 1024 });
});
after(() => server.close());

function form(fields: Record<string, string | Blob | (string | Blob)[]>, names: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "string") data.append(key, item);
      else data.append(key, item, names[key] ?? "upload.txt");
    }
  }
  return data;
}

test("reports posted as JSON text, JSON html and a multipart file land in one story, each answered 201 with its id and story", async () => {
  const [first, second, third] = [railFiles.find((f) => f.endsWith(".html"))!, ...railFiles.filter((f) => f.endsWith(".txt")).slice(0, 2)];
  const a = await postJson(`${server.url}/api/reports`, { html: read(first!).toString("utf8"), source: first });
  assert.equal(a.status, 201, JSON.stringify(a.json));
  assert.equal(a.json.status, "stored");
  assert.equal(a.json.links.page, `/stories/${encodeURIComponent(a.json.story)}`);
  const b = await postJson(`${server.url}/api/reports`, { text: read(second!).toString("utf8"), source: second });
  assert.equal(b.status, 201);
  const upload = await fetch(`${server.url}/api/reports`, { method: "POST", body: form({ file: new Blob([read(third!)]) }, { file: third! }) });
  assert.equal(upload.status, 201);
  const c = (await upload.json()) as { id: string; story: string };
  assert.equal(c.id, third!.replace(/\.txt$/, ""));
  assert.equal(new Set([a.json.story, b.json.story, c.story]).size, 1, "one story");

  const story = (await (await fetch(`${server.url}/api/stories/${encodeURIComponent(c.story)}`)).json()) as { id: string; articles: { id: string }[]; facts: unknown[] };
  assert.equal(story.id, c.story);
  assert.deepEqual(story.articles.map((x) => x.id).sort(), [a.json.id, b.json.id, c.id].sort());
  assert.ok(story.facts.length > 0);
});

test("the same report posted again is a duplicate (200) and changes nothing", async () => {
  const name = railFiles.find((f) => f.endsWith(".txt"))!;
  const first = await postJson(`${server.url}/api/reports`, { text: read(name).toString("utf8"), source: `again-${name}` });
  const before = await server.store.counts();
  const again = await postJson(`${server.url}/api/reports`, { text: read(name).toString("utf8"), source: `again-${name}` });
  assert.equal(again.status, 200);
  assert.equal(again.json.status, "duplicate");
  assert.equal(again.json.id, first.json.id);
  assert.deepEqual(await server.store.counts(), before);
});

test("GET /api/stories lists stories newest first with counts, and filters by words", async () => {
  const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { total: number; stories: { id: string; headline: string; reports: number; independentOutlets: number; disputed: number }[] };
  assert.ok(list.total >= 1);
  const rail = list.stories.find((s) => s.reports >= 3)!;
  assert.ok(rail.independentOutlets >= 1 && rail.independentOutlets <= rail.reports);
  const word = rail.headline.split(/\s+/).find((w) => w.length > 5)!.toLowerCase();
  const found = (await (await fetch(`${server.url}/api/stories?q=${encodeURIComponent(word)}`)).json()) as { stories: { id: string }[] };
  assert.ok(found.stories.some((s) => s.id === rail.id));
  const none = (await (await fetch(`${server.url}/api/stories?q=zzqxnotaword`)).json()) as { total: number };
  assert.equal(none.total, 0);
  assert.equal((await fetch(`${server.url}/api/stories?limit=0`)).status, 400);
});

test("unusable input gets a JSON error with the right status, and nothing stored is lost", async () => {
  const before = await server.store.counts();
  const api = `${server.url}/api/reports`;
  const cases: [RequestInit, number, string][] = [
    [{ method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }, 400, "E_BAD_ARGUMENT"],
    [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "a", url: "http://x.example/" }) }, 400, "E_BAD_ARGUMENT"],
    [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: 42 }) }, 400, "E_BAD_ARGUMENT"],
    [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Menu\nHome\nLogin" }) }, 422, "E_NO_TEXT"],
    [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x1" }) }, 422, "E_NO_TEXT"],
    [{ method: "POST", headers: { "content-type": "text/csv" }, body: "a,b" }, 415, "E_MEDIA_TYPE"],
    [{ method: "POST", body: form({ file: new Blob([new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0, 0, 3])]) }, { file: "photo.html" }) }, 422, "E_BINARY"],
    [{ method: "POST", body: form({ file: new Blob([new Uint8Array([31, 139, 8, 0, 1, 2])]) }, { file: "page.html.gz" }) }, 422, "E_BINARY"],
    [{ method: "POST", body: form({ note: "nothing here" }) }, 400, "E_NO_INPUT"],
    [{ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x".repeat(300 * 1024) }) }, 413, "E_TOO_LARGE"],
  ];
  for (const [init, status, code] of cases) {
    const response = await fetch(api, init);
    const json = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(response.status, status, `${code}: ${JSON.stringify(json)}`);
    assert.equal(json.error.code, code);
    assert.ok(json.error.message.length > 10 && !/\n\s+at /.test(json.error.message), json.error.message);
  }
  assert.deepEqual(await server.store.counts(), before);
});

/** Broken multipart bodies, as clients and fuzzers send them. */
const MALFORMED_FORMS: [string, string][] = [
  ["multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhello"],
  ["multipart/form-data; boundary=x", "no boundary here at all"],
  ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nunterminated"],
  ["multipart/form-data; boundary=x", "--x\r\nno headers\r\n--x--"],
  ["multipart/form-data; boundary=", "--\r\n\r\n----"],
];

test("a malformed multipart body is a 400 on the API and on the add page, and stores nothing", async () => {
  const before = await server.store.counts();
  for (const [type, body] of MALFORMED_FORMS) {
    const api = await fetch(`${server.url}/api/reports`, { method: "POST", headers: { "content-type": type }, body });
    const json = (await api.json()) as { error: { code: string } };
    assert.equal(api.status, 400, `${type} ${JSON.stringify(body)}: ${JSON.stringify(json)}`);
    assert.equal(json.error.code, "E_BAD_ARGUMENT");
    const page = await fetch(`${server.url}/add`, { method: "POST", headers: { "content-type": type }, body });
    assert.equal(page.status, 400, `/add ${type} ${JSON.stringify(body)}`);
    assert.match(page.headers.get("content-type")!, /text\/html/);
  }
  assert.deepEqual(await server.store.counts(), before);
});

test("a story's summary is made when a report is stored, not on the first listing", async () => {
  const posted = await postJson(`${server.url}/api/reports`, { text: readFileSync("examples/flood-kellmoor/dales-courier.txt", "utf8"), source: "summary-check" });
  assert.equal(posted.status, 201);
  const record = (await server.store.listStories()).find((r) => r.id === posted.json.story)!;
  assert.equal(record.summary?.reports, record.size);
});

test("a gzipped saved page is unpacked", async () => {
  // A page of another event: the rail-crash pages are stored already, and the same text is the same report.
  const html = readFileSync("examples/election/abn-news.html");
  const response = await fetch(`${server.url}/api/reports`, { method: "POST", body: form({ file: new Blob([gzipSync(html)]) }, { file: "saved-page.html.gz" }) });
  assert.equal(response.status, 201);
  assert.equal(((await response.json()) as { id: string }).id, "saved-page");
});

test("unknown stories and paths answer 404 in JSON under /api and as a page elsewhere", async () => {
  const story = await fetch(`${server.url}/api/stories/no-such-story`);
  assert.equal(story.status, 404);
  assert.equal(((await story.json()) as { error: { code: string } }).error.code, "E_NOT_FOUND");
  const page = await fetch(`${server.url}/stories/no-such-story`);
  assert.equal(page.status, 404);
  assert.match(page.headers.get("content-type")!, /text\/html/);
  assert.equal((await fetch(`${server.url}/api/nothing`)).status, 404);
});

test("a form posted from another site is refused; programs without an Origin are let in", async () => {
  const before = await server.store.counts();
  const text = "A council in Brenmoor approved a new bridge on Monday, the mayor said. Work starts in May and will cost 12 million euros, according to the council.";
  const cross = await fetch(`${server.url}/api/reports`, { method: "POST", headers: { origin: "https://attacker.example" }, body: form({ text }) });
  assert.equal(cross.status, 403);
  const crossSite = await fetch(`${server.url}/add`, { method: "POST", headers: { "sec-fetch-site": "cross-site" }, body: form({ text }) });
  assert.equal(crossSite.status, 403);
  assert.deepEqual(await server.store.counts(), before);
  const same = await fetch(`${server.url}/api/reports`, { method: "POST", headers: { origin: server.url }, body: form({ text }) });
  assert.equal(same.status, 201);
});

test("a request for another host name is refused on loopback (DNS rebinding)", async () => {
  const { request } = await import("node:http");
  const status = await new Promise<number>((resolve, reject) => {
    request(`${server.url}/api/stories`, { headers: { host: "attacker.example" } }, (res) => resolve(res.statusCode!)).on("error", reject).end();
  });
  assert.equal(status, 421);
});

test("every response carries a strict Content-Security-Policy and no-sniff", async () => {
  for (const path of ["/", "/add", "/api/stories", "/api/openapi.json", "/nowhere"]) {
    const response = await fetch(`${server.url}${path}`);
    const csp = response.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
  }
});

test("the OpenAPI document describes every route the server answers", async () => {
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.match(doc.openapi, /^3\./);
  assert.deepEqual(Object.keys(doc.paths).sort(), ["/api/outlets", "/api/reports", "/api/search", "/api/stories", "/api/stories/{id}"]);
  assert.ok(doc.paths["/api/reports"]!.post);
});

test("reports added through the server are in the store file that ingest and show use", async () => {
  const { count } = { count: (await server.store.counts()).reports };
  const reader = openSqliteStore(server.dbFile, { create: false });
  try {
    assert.equal((await reader.counts()).reports, count);
  } finally {
    await reader.close();
  }
});
