import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "./open.js";
import { reportForStore, storeReport } from "../ingest-report.js";
import { textHash } from "../report-hashes.js";
import type { StorySummary } from "../store.js";
import { analyzedArticle } from "../../../test/helpers/analyzed.js";

const newFile = () => join(mkdtempSync(join(tmpdir(), "corroborate-sqlite-")), "s.db");
const TEXT = "The bridge over the Aller river opened on Monday after two years of work, the city said.";
const summary = (reports: number): StorySummary => ({ headline: "h", firstPublished: null, lastPublished: null, reports, independentOutlets: reports, disputed: 0, articles: [] });

async function storeOne(store: ReturnType<typeof openSqliteStore>, id: string, text: string) {
  const analyzed = analyzedArticle(id, text, [], { published: "2026-03-02" });
  return store.exclusive(() => storeReport(store, reportForStore(analyzed), { source: `/news/${id}.txt`, contentHash: `bytes-of-${id}` }));
}

test("a report is found by its normalised text, whatever its source: case, spacing and invisible characters aside", async () => {
  const store = openSqliteStore(newFile(), { create: true });
  const stored = await storeOne(store, "bridge", TEXT);
  assert.deepEqual(await store.findReportByText(textHash(`  ${TEXT.toUpperCase().replace(/ /g, "\u00a0\n")}\u200b`)), { id: stored.id, story: stored.story });
  assert.equal(await store.findReportByText(textHash(TEXT.replace("Monday", "Tuesday"))), null);
  await store.close();
});

test("a summary is kept only for the revision it was computed from", async () => {
  const store = openSqliteStore(newFile(), { create: true });
  const first = await storeOne(store, "bridge", TEXT);
  const revision = (await store.storyRevision(first.story))!;
  // Another writer adds a report to the story before the summary of the old revision is saved.
  const second = await storeOne(store, "bridge-2", TEXT.replace("the city said", "officials said on Monday"));
  assert.equal(second.story, first.story);
  await store.saveSummary(first.story, revision, summary(1));
  assert.equal((await store.listStories())[0]!.summary, null, "the older revision's summary is dropped");
  await store.saveSummary(first.story, (await store.storyRevision(first.story))!, summary(2));
  assert.equal((await store.listStories())[0]!.summary?.reports, 2);
  await store.close();
});

test("a store of version 1 gains the text hashes of its reports when opened", async () => {
  const file = newFile();
  const store = openSqliteStore(file, { create: true });
  await storeOne(store, "bridge", TEXT);
  await store.close();
  // Back to version 1: no text_hash column.
  const db = new Database(file);
  db.exec(TO_VERSION_2);
  db.exec("DROP INDEX reports_by_text; ALTER TABLE reports DROP COLUMN text_hash; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  db.close();
  const reopened = openSqliteStore(file, { create: false });
  assert.equal((await reopened.findReportByText(textHash(TEXT)))?.id, "bridge");
  await reopened.close();
});

/** What version 3 added, taken away again. */
const TO_VERSION_2 = `
DROP TRIGGER report_search_delete; DROP TABLE report_search; DROP INDEX reports_by_outlet; DROP INDEX stories_newest;
ALTER TABLE reports DROP COLUMN outlet; ALTER TABLE reports DROP COLUMN outlet_key; ALTER TABLE stories DROP COLUMN disputed;
UPDATE meta SET value = '2' WHERE key = 'schema_version'`;

test("a store of version 2 gains the full-text index, outlets and disputed counts of what it holds when opened", async () => {
  const file = newFile();
  const store = openSqliteStore(file, { create: true });
  const stored = await storeOne(store, "bridge", TEXT);
  await store.saveSummary(stored.story, (await store.storyRevision(stored.story))!, { ...summary(1), disputed: 2 });
  await store.close();
  const db = new Database(file);
  db.exec(TO_VERSION_2);
  db.close();
  const reopened = openSqliteStore(file, { create: false });
  const page = (text: string | null, disputedOnly = false) => reopened.storyPage({ limit: 10, text, disputedOnly });
  assert.deepEqual((await page("aller river")).stories.map((s) => s.id), [stored.story], "a word of the body finds its story");
  assert.equal((await page("danube")).total, 0);
  assert.equal((await page(null, true)).total, 1, "the saved summary's disputed count is read");
  assert.deepEqual(await reopened.outlets(), [{ name: "Outlet bridge", reports: 1, stories: 1 }]);
  await reopened.close();
});

test("a report removed from the table leaves the full-text index with it", async () => {
  const file = newFile();
  const store = openSqliteStore(file, { create: true });
  const stored = await storeOne(store, "bridge", TEXT);
  assert.equal((await store.storyPage({ limit: 10, text: "Aller" })).total, 1);
  await store.close();
  const db = new Database(file);
  db.prepare("DELETE FROM reports WHERE id = ?").run(stored.id);
  assert.equal(db.prepare("SELECT count(*) FROM report_search WHERE report_search MATCH 'aller'").pluck().get(), 0);
  db.close();
});
