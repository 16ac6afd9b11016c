import { test } from "node:test";
import assert from "node:assert/strict";
import { openPostgresStore } from "./open.js";
import { reportForStore, storeReport } from "../ingest-report.js";
import { analyzedArticle } from "../../../test/helpers/analyzed.js";
import { createTestDatabase, queryRows, skipWithoutPostgres } from "../../../test/helpers/postgres.js";

const TEXT = "The bridge over the Aller river opened on Monday after two years of work, the city said.";

test("a store of version 4 gains the full-text index, outlets and disputed counts of what it holds when opened", { skip: skipWithoutPostgres() }, async () => {
  const database = await createTestDatabase();
  try {
    const store = await openPostgresStore(database.url, { create: true });
    const analyzed = analyzedArticle("bridge", TEXT, [], { published: "2026-03-02" });
    const stored = await store.exclusive(() => storeReport(store, reportForStore(analyzed), { source: "/news/bridge.txt", contentHash: "bytes" }));
    const summary = { headline: "h", firstPublished: null, lastPublished: null, reports: 1, independentOutlets: 1, disputed: 2, articles: [] };
    await store.saveSummary(stored.story, (await store.storyRevision(stored.story))!, summary);
    await store.close();
    // Back to version 4: what step 5 added, taken away again.
    await queryRows(
      database.url,
      `DROP INDEX corroborate.stories_newest; ALTER TABLE corroborate.reports DROP COLUMN outlet, DROP COLUMN outlet_key, DROP COLUMN search;
       ALTER TABLE corroborate.stories DROP COLUMN disputed; DELETE FROM corroborate.migrations WHERE version = 5`,
    );
    const reopened = await openPostgresStore(database.url, { create: false });
    try {
      assert.deepEqual((await reopened.storyPage({ limit: 10, text: "aller river" })).stories.map((s) => s.id), [stored.story], "a word of the body finds its story");
      assert.equal((await reopened.storyPage({ limit: 10, text: "danube" })).total, 0);
      assert.equal((await reopened.storyPage({ limit: 10, disputedOnly: true })).total, 1, "the saved summary's disputed count is read");
      assert.deepEqual(await reopened.outlets(), [{ name: "Outlet bridge", reports: 1, stories: 1 }]);
    } finally {
      await reopened.close();
    }
  } finally {
    await database.drop();
  }
});
