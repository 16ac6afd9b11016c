import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runExtract } from "../src/cli/extract-command.js";
import { runCheck } from "../src/cli/check-command.js";
import { runIngest } from "../src/cli/ingest-command.js";
import { openSqliteStore } from "../src/store/index.js";
import { CONTRADICTING_REPORT, FERRY_REPORTS, articleHtml, captureIO } from "./helpers/news-site.js";
import { responseRecord, revisitRecord, warcinfoRecord } from "./helpers/warc.js";

/** JSON Lines and WARC files through extract, check and ingest, with their records' metadata kept. */
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-archives-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const BASE = "https://harbour-gazette.example";
const url = (slug: string) => `${BASE}/news/${slug}`;
const ndjson = (text: string) => text.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

function scraperLines(): string[] {
  const [first, second] = FERRY_REPORTS as [typeof FERRY_REPORTS[0], typeof FERRY_REPORTS[0]];
  return [
    // Field names differ from scraper to scraper: text/body/html, date/published/publish_date, author/authors, source/outlet.
    JSON.stringify({ url: url(first.slug), title: first.title, text: first.paragraphs.join("\n\n"), date: first.date, author: first.author, source: "Harbour Gazette" }),
    "{ this line is broken",
    JSON.stringify({ link: url(second.slug), headline: second.title, html: articleHtml(second), publish_date: "2031-04-08", authors: [{ name: second.author }], outlet: "Kellport Courier" }),
    "",
    JSON.stringify({ url: url("no-text"), title: "Nothing here" }),
    JSON.stringify({ url: url(CONTRADICTING_REPORT.slug), title: CONTRADICTING_REPORT.title, body: CONTRADICTING_REPORT.paragraphs.join("\n\n"), published: 1933416000, authors: "Ines Achterberg and Per Holm", source: "Island Post" }),
  ];
}

test("JSONL: one report per line with scrapers' field names kept as metadata; a bad line is named with file and line, the rest go on", async () => {
  const path = join(dir, "scraped.data");
  writeFileSync(path, scraperLines().join("\n") + "\n");
  const io = captureIO();
  assert.equal(await runExtract([path], "ndjson", io), 1, "some lines skipped: exit 1");
  const reports = ndjson(io.out);
  assert.deepEqual(reports.map((r) => [r.source, r.title, r.published, r.authors, r.outlet]), [
    [url(FERRY_REPORTS[0]!.slug), FERRY_REPORTS[0]!.title, "2031-04-08", [FERRY_REPORTS[0]!.author], "Harbour Gazette"],
    [url(FERRY_REPORTS[1]!.slug), FERRY_REPORTS[1]!.title, "2031-04-08", [FERRY_REPORTS[1]!.author], "Kellport Courier"],
    [url(CONTRADICTING_REPORT.slug), CONTRADICTING_REPORT.title, "2031-04-08", ["Ines Achterberg", "Per Holm"], "Island Post"],
  ]);
  const lines = io.err.trim().split("\n");
  assert.equal(lines.length, 2, io.err);
  assert.match(lines[0]!, new RegExp(`scraped\\.data:2: not valid JSON`));
  assert.match(lines[1]!, new RegExp(`scraped\\.data:5: no text or html field`));
});

test("JSONL gzipped, through check and ingest: the contradiction is found and a second ingest stores nothing twice", async () => {
  const path = join(dir, "scraped.jsonl.gz");
  writeFileSync(path, gzipSync(scraperLines().join("\n")));
  const checked = captureIO();
  await runCheck([path], { format: "json" }, checked);
  const brief = JSON.parse(checked.out) as { stories: { conflicts: { key: string }[] }[] };
  assert.ok(brief.stories.some((s) => s.conflicts.some((c) => c.key === "aboard")), "the 310 against 140 dispute");
  const db = join(dir, "jsonl.db");
  const first = captureIO();
  assert.equal(await runIngest([path], db, first), 1);
  assert.match(first.out, /read 3 reports: stored 3 new reports, 0 already stored, 2 skipped/);
  const again = captureIO();
  await runIngest([path], db, again);
  assert.match(again.out, /stored 0 new reports, 3 already stored/);
});

async function writeWarc(name: string, gzip: boolean): Promise<string> {
  const records = [
    await warcinfoRecord(gzip),
    await responseRecord({ url: url(FERRY_REPORTS[0]!.slug), date: "2031-04-09T08:00:00Z", html: articleHtml(FERRY_REPORTS[0]!), encoding: "gzip" }, gzip),
    await responseRecord({ url: url(FERRY_REPORTS[1]!.slug), date: "2031-04-09T08:01:00Z", html: articleHtml(FERRY_REPORTS[1]!), chunked: true }, gzip),
    await responseRecord({ url: `${BASE}/logo.png`, date: "2031-04-09T08:01:30Z", html: "PNG", contentType: "image/png" }, gzip),
    await revisitRecord(url(FERRY_REPORTS[0]!.slug), "2031-04-10T08:00:00Z", gzip),
    await responseRecord({ url: url(CONTRADICTING_REPORT.slug), date: "2031-04-09T08:02:00Z", html: articleHtml(CONTRADICTING_REPORT), encoding: "gzip", chunked: true }, gzip),
  ];
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(records));
  return path;
}

for (const gzip of [false, true]) {
  test(`WARC${gzip ? ".gz" : ""}: HTML responses (gzip-encoded, chunked, both) become reports with their URL and capture date; revisits and images are passed over`, async () => {
    const path = await writeWarc(gzip ? "crawl.bin" : "crawl.warc", gzip);
    const io = captureIO();
    assert.equal(await runExtract([path], "ndjson", io), 0, io.err);
    const reports = ndjson(io.out);
    assert.deepEqual(reports.map((r) => r.source), [FERRY_REPORTS[0], FERRY_REPORTS[1], CONTRADICTING_REPORT].map((s) => url(s!.slug)));
    // The pages carry no date: the capture date stands in.
    assert.deepEqual(reports.map((r) => r.published), ["2031-04-09", "2031-04-09", "2031-04-09"]);
    assert.match(String(reports[2]!.text), /310 passengers were aboard/);

    const checked = captureIO();
    assert.equal(await runCheck([path], { format: "json" }, checked), 0, checked.err);
    const brief = JSON.parse(checked.out) as { stories: { articles: { source: string }[]; conflicts: { key: string }[] }[] };
    assert.equal(brief.stories.length, 1);
    assert.equal(brief.stories[0]!.articles.length, 3);
    assert.deepEqual(brief.stories[0]!.conflicts.map((c) => c.key), ["aboard"]);

    const db = join(dir, `warc-${gzip}.db`);
    const ingested = captureIO();
    assert.equal(await runIngest([path], db, ingested), 0, ingested.err);
    assert.match(ingested.out, /read 3 reports: stored 3 new reports, 0 already stored, 0 skipped \(passed over: 1 × not an HTML page, 1 × revisit record\)/);
    const progress = ingested.err.trim().split("\n").map((line) => JSON.parse(line) as { bytes?: { read: number; total: number } });
    assert.ok(progress.every((p) => p.bytes && p.bytes.total > 0 && p.bytes.read <= p.bytes.total), "progress carries bytes read of the archive");
  });
}

test("a truncated WARC keeps the pages before the cut and names the damage in one line; nothing stored is lost", async () => {
  const whole = await writeWarc("whole.warc.gz", true);
  const bytes = (await import("node:fs")).readFileSync(whole);
  const cut = join(dir, "cut.warc.gz");
  // Cut inside the last record.
  writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
  const db = join(dir, "cut.db");
  const io = captureIO();
  const code = await runIngest([cut], db, io);
  assert.equal(code, 1);
  assert.match(io.out, /stored 2 new reports/);
  const failures = io.err.split("\n").filter((line) => line.startsWith("corroborate:"));
  assert.equal(failures.length, 1, io.err);
  assert.match(failures[0]!, /cut\.warc\.gz.*(damaged or cut short|not a readable)/);
  const store = openSqliteStore(db, { create: false });
  assert.equal((await store.counts()).reports, 2);
  await store.close();
});
