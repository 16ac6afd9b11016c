import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "./open.js";
import { storeReport } from "../ingest-report.js";
import { textHash } from "../report-hashes.js";
import type { StorySummary } from "../store.js";
import { analyzedArticle } from "../../../test/helpers/analyzed.js";

const newFile = () => join(mkdtempSync(join(tmpdir(), "corroborate-sqlite-")), "s.db");
const TEXT = "The bridge over the Aller river opened on Monday after two years of work, the city said.";
const summary = (reports: number): StorySummary => ({ headline: "h", firstPublished: null, lastPublished: null, reports, independentOutlets: reports, disputed: 0, articles: [] });

async function storeOne(store: ReturnType<typeof openSqliteStore>, id: string, text: string) {
  const analyzed = analyzedArticle(id, text, [], { published: "2026-03-02" });
  return store.exclusive(() => storeReport(store, analyzed, { source: `/news/${id}.txt`, contentHash: `bytes-of-${id}`, textHash: textHash(text) }));
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
  db.exec("DROP INDEX reports_by_text; ALTER TABLE reports DROP COLUMN text_hash; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  db.close();
  const reopened = openSqliteStore(file, { create: false });
  assert.equal((await reopened.findReportByText(textHash(TEXT)))?.id, "bridge");
  await reopened.close();
});
