import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runExtract } from "../src/cli/extract-command.js";
import { runCheck } from "../src/cli/check-command.js";
import { runIngest } from "../src/cli/ingest-command.js";
import { openSqliteStore } from "../src/store/index.js";
import type { InputOptions } from "../src/ingest/index.js";
import { FERRY_REPORTS, OUTLET, atomFeed, captureIO, jsonFeed, newsSitemap, rdfFeed, rssFeed, servePages, startNewsSite, type NewsSite } from "./helpers/news-site.js";

/** Feeds and sitemaps through extract, check and ingest; every fetch goes to a loopback site. */
let site: NewsSite;
let dir: string;
let options: Partial<InputOptions>;

before(async () => {
  site = await startNewsSite();
  servePages(site, FERRY_REPORTS);
  site.routes.set("/robots.txt", { type: "text/plain", body: "User-agent: *\nDisallow: /private/\n" });
  dir = mkdtempSync(join(tmpdir(), "corroborate-feeds-"));
  options = { fetch: { policy: site.policy }, perHostIntervalMs: 0 };
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const FEEDS = { rss: rssFeed, atom: atomFeed, rdf: rdfFeed, json: jsonFeed } as const;

function ndjson(text: string): Record<string, unknown>[] {
  return text.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("an RSS, an Atom, an RDF and a JSON Feed of one outlet give the same reports with the entries' metadata, found from content", async () => {
  const seen: string[] = [];
  for (const [format, feed] of Object.entries(FEEDS)) {
    // Names that do not tell the format: the content must.
    const path = join(dir, `${format}-feed.dat`);
    writeFileSync(path, feed(site.base, FERRY_REPORTS));
    const io = captureIO();
    assert.equal(await runExtract([path], "ndjson", io, options), 0, io.err);
    const reports = ndjson(io.out);
    assert.equal(reports.length, 2, format);
    for (const [index, story] of FERRY_REPORTS.entries()) {
      const report = reports[index]!;
      assert.equal(report.source, `${site.base}/news/${story.slug}`, format);
      assert.equal(report.title, story.title, format);
      assert.equal(report.published, "2031-04-08", format);
      assert.deepEqual(report.authors, [story.author], format);
      assert.match(String(report.text), new RegExp(story.paragraphs[1]!.slice(0, 40)), format);
    }
    seen.push(JSON.stringify(reports.map((r) => [r.source, r.title, r.published, r.authors, r.text])));
  }
  assert.equal(new Set(seen).size, 1, "all four formats give the same reports");
  assert.equal(site.requests.filter((r) => r.path.startsWith("/news/")).length, 0, "without --follow no page is fetched");
});

test("check --follow fetches each entry's page politely (User-Agent, robots.txt) and finds the story's agreement", async () => {
  site.routes.set("/feed.xml", { type: "application/rss+xml", body: rssFeed(site.base, FERRY_REPORTS) });
  site.requests.length = 0;
  const io = captureIO();
  const code = await runCheck([`${site.base}/feed.xml`], { format: "json" }, io, { ...options, follow: true });
  assert.equal(code, 0, io.err);
  const brief = JSON.parse(io.out) as { stories: { articles: { source: string; outlet: string }[]; facts: { key: string; value: string; status: string }[] }[] };
  assert.equal(brief.stories.length, 1);
  assert.deepEqual(brief.stories[0]!.articles.map((a) => a.source).sort(), FERRY_REPORTS.map((s) => `${site.base}/news/${s.slug}`).sort());
  assert.ok(brief.stories[0]!.articles.every((a) => a.outlet === OUTLET), "the page's own outlet name is read when following");
  assert.ok(brief.stories[0]!.facts.some((f) => f.key === "aboard" && f.value === "140" && f.status === "corroborated"));
  const paths = site.requests.map((r) => r.path);
  assert.deepEqual(paths, ["/feed.xml", "/robots.txt", ...FERRY_REPORTS.map((s) => `/news/${s.slug}`)]);
  assert.ok(site.requests.every((r) => /^Corroborate\//.test(String(r.headers["user-agent"]))));
});

test("robots.txt is respected for article pages: a disallowed page is not fetched and the entry's own text stands in", async () => {
  const hidden = { ...FERRY_REPORTS[0]!, slug: "../private/embargoed" };
  site.routes.set("/private-feed.xml", { type: "application/rss+xml", body: rssFeed(site.base, [hidden]).replace(`${site.base}/news/../private/embargoed`, `${site.base}/private/embargoed`) });
  site.routes.set("/private/embargoed", { type: "text/html", body: "<html><body><p>should never be read</p></body></html>" });
  site.requests.length = 0;
  const io = captureIO();
  assert.equal(await runExtract([`${site.base}/private-feed.xml`], "ndjson", io, { ...options, follow: true }), 0, io.err);
  assert.ok(!site.requests.some((r) => r.path === "/private/embargoed"), "the disallowed page was fetched");
  const [report] = ndjson(io.out);
  assert.match(String(report!.text), /140 passengers/);
});

test("at most one request per host per interval when following", async () => {
  site.routes.set("/paced.xml", { type: "application/rss+xml", body: rssFeed(site.base, FERRY_REPORTS) });
  site.requests.length = 0;
  const io = captureIO();
  const started = Date.now();
  assert.equal(await runExtract([`${site.base}/paced.xml`], "ndjson", io, { ...options, follow: true, perHostIntervalMs: 400 }), 0, io.err);
  // Feed, robots.txt and two pages: the fourth request cannot have been sent before three intervals.
  // (Gaps seen by the server can shrink when one connection is slow to open, so the bound is from the start.)
  assert.equal(site.requests.length, 4);
  assert.ok(site.requests[3]!.at - started >= 3 * 400, `four requests within ${site.requests[3]!.at - started} ms`);
});

test("ingest follows a feed by default and keeps the entries' metadata in the store", async () => {
  site.routes.set("/atom.xml", { type: "application/atom+xml", body: atomFeed(site.base, FERRY_REPORTS) });
  site.routes.set("/feed.json", { type: "application/feed+json", body: jsonFeed(site.base, FERRY_REPORTS) });
  const db = join(dir, "feed.db");
  const io = captureIO();
  assert.equal(await runIngest([`${site.base}/atom.xml`], db, io, options), 0, io.err);
  // The same entries from the outlet's JSON Feed are the same reports: nothing new is stored.
  const again = captureIO();
  assert.equal(await runIngest([`${site.base}/feed.json`], db, again, options), 0, again.err);
  assert.match(again.out, /stored 0 new reports, 2 already stored/);
  assert.match(io.out, /read 2 reports: stored 2 new reports/);
  const store = openSqliteStore(db, { create: false });
  try {
    const [story] = await store.listStories();
    const articles = (await store.storyArticles(story!.id))!;
    assert.deepEqual(articles.map((a) => [a.source, a.published, a.authors, a.outlet]).sort(), FERRY_REPORTS.map((s) => [`${site.base}/news/${s.slug}`, "2031-04-08", [s.author], OUTLET]).sort());
  } finally {
    await store.close();
  }
});

test("a Google News sitemap, directly and through a sitemap index, gives each page with its title, date and outlet", async () => {
  const sitemap = newsSitemap(site.base, FERRY_REPORTS).replace(new RegExp(OUTLET, "g"), "Gazette News Desk");
  site.routes.set("/news-sitemap.xml", { type: "application/xml", body: sitemap });
  site.routes.set("/sitemap-index.xml", { type: "text/xml", body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site.base}/news-sitemap.xml</loc></sitemap></sitemapindex>` });
  for (const input of [`${site.base}/news-sitemap.xml`, `${site.base}/sitemap-index.xml`]) {
    const io = captureIO();
    assert.equal(await runExtract([input], "ndjson", io, options), 0, io.err);
    const reports = ndjson(io.out);
    assert.deepEqual(reports.map((r) => [r.source, r.title, r.published, r.outlet]), FERRY_REPORTS.map((s) => [`${site.base}/news/${s.slug}`, s.title, "2031-04-08", "Gazette News Desk"]), input);
  }
  const checked = captureIO();
  assert.equal(await runCheck([`${site.base}/news-sitemap.xml`], { format: "json" }, checked, options), 0, checked.err);
  assert.equal((JSON.parse(checked.out) as { stories: unknown[] }).stories.length, 1);
  const db = join(dir, "sitemap.db");
  const ingested = captureIO();
  assert.equal(await runIngest([`${site.base}/sitemap-index.xml`], db, ingested, options), 0, ingested.err);
  assert.match(ingested.out, /stored 2 new reports/);
});

test("a feed that is not XML gets one clear line and exit 2; a feed of a site off the policy is refused", async () => {
  const broken = join(dir, "broken.rss");
  writeFileSync(broken, "this is not a feed at all\n");
  const io = captureIO();
  assert.equal(await runCheck([broken], { format: "json" }, io, options), 2);
  assert.equal(io.err.trim().split("\n").length, 1, io.err);
  assert.match(io.err, /broken\.rss: not a readable feed or sitemap/);

  const truncated = join(dir, "truncated.xml");
  writeFileSync(truncated, rssFeed(site.base, FERRY_REPORTS).slice(0, 200));
  const cut = captureIO();
  const code = await runExtract([truncated], "ndjson", cut, options);
  assert.notEqual(code, 0);
  assert.doesNotMatch(cut.err, /\n\s+at /, "no stack trace");

  const refused = captureIO();
  assert.equal(await runExtract([`${site.base}/feed.xml`], "ndjson", refused, { follow: true }), 2);
  assert.match(refused.err, /not on the public internet/);
});
