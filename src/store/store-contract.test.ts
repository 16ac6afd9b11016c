/**
 * One contract, every Store: the same tests run over SQLite and PostgreSQL (when a test server is
 * configured: test/helpers/postgres.ts), so that ingest, serve and the workers may rely on any
 * store behaving alike.
 */
import { textHash } from "./report-hashes.js";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "./store.js";
import type { NewReport, StoryPage, StoryQuery } from "./store.js";
import { openSqliteStore } from "./sqlite/index.js";
import { openPostgresStore } from "./postgres/index.js";
import { reportForStore, storeReport } from "./ingest-report.js";
import { reportWords } from "./search-text.js";
import { emptyStory, mergedStates, reportFeatures, stateOf, withReport, type Placement, type ReportFeatures } from "../cluster/index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import { createTestDatabase, skipWithoutPostgres } from "../../test/helpers/postgres.js";
import type { EntityMention } from "../types.js";

interface Adapter {
  name: string;
  skip: string | false;
  open(): Promise<{ store: Store; dispose(): Promise<void> }>;
}

const ADAPTERS: Adapter[] = [
  {
    name: "SQLite",
    skip: false,
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "corroborate-contract-"));
      const store = openSqliteStore(join(dir, "store.db"), { create: true });
      return { store, dispose: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  },
  {
    name: "PostgreSQL",
    skip: skipWithoutPostgres(),
    open: async () => {
      const database = await createTestDatabase();
      const store = await openPostgresStore(database.url, { create: true });
      return { store, dispose: async () => (await store.close(), await database.drop()) };
    },
  },
];

type E = Omit<EntityMention, "start" | "end" | "sentence">;
const place = (surface: string): E => ({ surface, key: surface.toLowerCase(), type: "place" });

/**
 * A report of an invented event in `town`: a storm where the toll is odd, a factory fire where it is
 * even. The same town and toll make reports of one event.
 */
function stormReport(id: string, town: string, toll: number, published: string | null = "2026-03-03") {
  const text =
    toll % 2 === 1
      ? `A storm killed ${toll} people in ${town} on Sunday, officials in ${town} said. Roofs were torn off and boats sank in the harbour of ${town}.`
      : `Firefighters in ${town} found ${toll} workers dead after a blaze gutted a textile factory overnight. The owner of the ${town} plant was questioned by detectives.`;
  const analyzed = analyzedArticle(id, text, [{ sentence: 0, kind: "quantity", key: "killed", value: String(toll), number: toll }], { published, entities: [place(town)] });
  return { analyzed, features: reportFeatures(analyzed), origin: { source: `/reports/${id}.txt`, contentHash: `hash-${id}`, textHash: textHash(`${id}\n${text}`) } };
}

function newReport(report: ReturnType<typeof stormReport>): NewReport {
  return { id: report.analyzed.article.id, ...report.origin, article: report.analyzed.article, features: report.features, searchWords: reportWords(report.analyzed.article, report.analyzed.claims.map((c) => c.value)) };
}

const alone = (storyId: string, features: ReportFeatures): Placement => ({ story: withReport(emptyStory(storyId), features), created: true, merged: [] });

for (const adapter of ADAPTERS) {
  describe(`Store contract: ${adapter.name}`, { skip: adapter.skip }, () => {
    const withStore = (name: string, body: (store: Store) => Promise<void>) =>
      test(name, async () => {
        const { store, dispose } = await adapter.open();
        try {
          await body(store);
        } finally {
          await dispose();
        }
      });

    withStore("a new store is empty, and unknown stories are null", async (store) => {
      assert.deepEqual(await store.counts(), { reports: 0, stories: 0 });
      assert.deepEqual(await store.listStories(), []);
      assert.equal(await store.storyArticles("s-none"), null);
      assert.equal(await store.storyRevision("s-none"), null);
      assert.equal(await store.findReport("/nowhere.txt", "hash"), null);
    });

    withStore("a committed report is found by source and hash, and its story lists its article", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const ref = await store.commitReport(newReport(a), alone("s-a", a.features));
      assert.deepEqual(ref, { id: "a", story: "s-a" });
      assert.deepEqual(await store.findReport(a.origin.source, a.origin.contentHash), ref);
      assert.equal(await store.findReport(a.origin.source, "other-hash"), null);
      const articles = await store.storyArticles("s-a");
      assert.deepEqual(articles?.map((x) => [x.id, x.text]), [["a", a.analyzed.article.text]]);
      assert.deepEqual(await store.counts(), { reports: 1, stories: 1 });
    });

    withStore("the same report committed twice is stored once", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const first = await store.commitReport(newReport(a), alone("s-a", a.features));
      const again = await store.commitReport(newReport(a), alone("s-other", a.features));
      assert.deepEqual(again, first);
      assert.deepEqual(await store.counts(), { reports: 1, stories: 1 });
    });

    withStore("a wanted id already taken gets -2, -3 …", async (store) => {
      const ids = [];
      for (const n of [1, 2, 3]) {
        const r = stormReport("report", `Town${"x".repeat(n)}`, n);
        ids.push((await store.commitReport({ ...newReport(r), source: `/dir${n}/report.txt` }, alone(`s-${n}`, r.features))).id);
      }
      assert.deepEqual(ids, ["report", "report-2", "report-3"]);
    });

    withStore("reports of one event join one story through the candidate index; another event opens its own", async (store) => {
      for (const [id, town, toll] of [["a1", "Vellmouth", 3], ["b1", "Karsby", 8], ["a2", "Vellmouth", 3], ["b2", "Karsby", 8], ["a3", "Vellmouth", 3]] as const) {
        const r = stormReport(id, town, toll);
        await store.exclusive(() => storeReport(store, reportForStore(r.analyzed), r.origin));
      }
      const stories = await Promise.all((await store.listStories()).map(async (s) => (await store.storyArticles(s.id))!.map((a) => a.id).sort()));
      assert.deepEqual(stories.sort(), [["a1", "a2", "a3"], ["b1", "b2"]]);
      const sizes = (await store.listStories()).map((s) => s.size);
      assert.deepEqual(sizes, [3, 2], "listed largest first, with their sizes");
    });

    withStore("candidates: by shared terms, only stories active since fromDay, newest first per term", async (store) => {
      const old = stormReport("old", "Vellmouth", 3, "2026-01-01");
      const recent = stormReport("new", "Vellmouth", 4, "2026-03-01");
      await store.commitReport(newReport(old), alone("s-old", old.features));
      await store.commitReport(newReport(recent), alone("s-new", recent.features));
      const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
      const all = await store.findCandidates({ terms: ["e:vellmouth", "w:nothing"], fromDay: null, perTerm: 10 });
      assert.deepEqual([...all].sort(), [["s-new", 1], ["s-old", 1]]);
      const windowed = await store.findCandidates({ terms: ["e:vellmouth"], fromDay: day("2026-02-01"), perTerm: 10 });
      assert.deepEqual([...windowed.keys()], ["s-new"]);
      const newest = await store.findCandidates({ terms: ["e:vellmouth"], fromDay: null, perTerm: 1 });
      assert.deepEqual([...newest.keys()], ["s-new"]);
      const [state] = await store.loadStates(["s-old"]);
      assert.equal(state!.size, 1);
      assert.deepEqual(state!.days, [day("2026-01-01")]);
      assert.deepEqual(await store.loadStates(["s-none"]), []);
    });

    withStore("a merge moves the merged story's reports and removes it from the index", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const b = stormReport("b", "Vellmouth", 3);
      const c = stormReport("c", "Vellmouth", 3);
      await store.commitReport(newReport(a), alone("s-a", a.features));
      await store.commitReport(newReport(b), alone("s-b", b.features));
      const [sa, sb] = await store.loadStates(["s-a", "s-b"]);
      const story = mergedStates(withReport(sa!, c.features), sb!);
      await store.commitReport(newReport(c), { story, created: false, merged: ["s-b"] });
      assert.deepEqual((await store.storyArticles("s-a"))!.map((x) => x.id).sort(), ["a", "b", "c"]);
      assert.equal(await store.storyArticles("s-b"), null);
      assert.deepEqual([...(await store.findCandidates({ terms: ["e:vellmouth"], fromDay: null, perTerm: 10 })).keys()], ["s-a"]);
      assert.deepEqual(await store.counts(), { reports: 3, stories: 1 });
      assert.equal((await store.listStories())[0]!.size, 3);
    });

    withStore("a split replaces a story by its parts, each indexed under its own terms", async (store) => {
      const reports = [stormReport("a1", "Vellmouth", 3), stormReport("a2", "Vellmouth", 3), stormReport("b1", "Karsby", 8), stormReport("b2", "Karsby", 8)];
      let state = emptyStory("s-both");
      for (const r of reports) {
        state = withReport(state, r.features);
        await store.commitReport(newReport(r), { story: state, created: state.size === 1, merged: [] });
      }
      const before = await store.storyRevision("s-both");
      const members = await store.storyMembers("s-both");
      assert.deepEqual(members.map((m) => m.id), ["a1", "a2", "b1", "b2"], "members in the order they were stored");
      const part = (id: string, ids: string[]) => ({ state: stateOf(id, members.filter((m) => ids.includes(m.id))), reports: ids });
      await store.splitStory("s-both", [part("s-both", ["a1", "a2"]), part("s-karsby", ["b1", "b2"])]);
      assert.notEqual(await store.storyRevision("s-both"), before);
      assert.deepEqual((await store.storyArticles("s-karsby"))!.map((x) => x.id), ["b1", "b2"]);
      assert.deepEqual((await store.storyArticles("s-both"))!.map((x) => x.id), ["a1", "a2"]);
      assert.deepEqual([...(await store.findCandidates({ terms: ["e:karsby"], fromDay: null, perTerm: 10 })).keys()], ["s-karsby"]);
      assert.deepEqual([...(await store.findCandidates({ terms: ["e:vellmouth"], fromDay: null, perTerm: 10 })).keys()], ["s-both"]);
    });

    withStore("a saved summary is listed until the story changes; the revision changes with every join", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const b = stormReport("b", "Vellmouth", 3);
      await store.commitReport(newReport(a), alone("s-a", a.features));
      const first = await store.storyRevision("s-a");
      const summary = { headline: "Storm", firstPublished: "2026-03-03", lastPublished: "2026-03-03", reports: 1, independentOutlets: 1, disputed: 0, articles: [] };
      await store.saveSummary("s-a", first!, summary);
      assert.deepEqual((await store.listStories())[0]!.summary, summary);
      const [state] = await store.loadStates(["s-a"]);
      await store.commitReport(newReport(b), { story: withReport(state!, b.features), created: false, merged: [] });
      assert.equal((await store.listStories())[0]!.summary, null);
      assert.notEqual(await store.storyRevision("s-a"), first);
      // A summary computed from the story before b joined is not written over the newer story.
      await store.saveSummary("s-a", first!, summary);
      assert.equal((await store.listStories())[0]!.summary, null);
    });

    withStore("a story's view is kept for its revision, outlives a change until replaced, and goes with its story", async (store) => {
      const [a, b, c] = [stormReport("a", "Vellmouth", 3), stormReport("b", "Vellmouth", 3), stormReport("c", "Karsby", 8)];
      await store.commitReport(newReport(a), alone("s-a", a.features));
      await store.commitReport(newReport(c), alone("s-c", c.features));
      assert.equal(await store.storyView("s-a"), null);
      const first = (await store.storyRevision("s-a"))!;
      const view = { revision: first, reports: ["a"], aligned: '{"story":"one"}' };
      await store.saveStoryView("s-a", view);
      assert.deepEqual(await store.storyView("s-a"), view);
      const [state] = await store.loadStates(["s-a"]);
      await store.commitReport(newReport(b), { story: withReport(state!, b.features), created: false, merged: [] });
      assert.deepEqual(await store.storyView("s-a"), view, "the view before b joined, for readers while the new one is made");
      await store.saveStoryView("s-a", { ...view, aligned: '{"story":"late"}' });
      assert.deepEqual(await store.storyView("s-a"), view, "a view made from the story before b joined is not written");
      const second = { revision: (await store.storyRevision("s-a"))!, reports: ["a", "b"], aligned: '{"story":"two"}' };
      await store.saveStoryView("s-a", second);
      assert.deepEqual(await store.storyView("s-a"), second);
      await store.saveStoryView("s-c", { revision: (await store.storyRevision("s-c"))!, reports: ["c"], aligned: "{}" });
      const [sa, sc] = await store.loadStates(["s-a", "s-c"]);
      const d = stormReport("d", "Vellmouth", 3);
      await store.commitReport(newReport(d), { story: mergedStates(withReport(sa!, d.features), sc!), created: false, merged: ["s-c"] });
      assert.equal(await store.storyView("s-c"), null, "a story merged away takes its view with it");
      await store.saveStoryView("s-none", { revision: "1.1", reports: [], aligned: "{}" });
      assert.equal(await store.storyView("s-none"), null, "no view for a story that does not exist");
    });

    withStore("a report is found by the hash of its normalised text, whatever its source", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const stored = await store.commitReport(newReport(a), alone("s-a", a.features));
      assert.deepEqual(await store.findReportByText(a.origin.textHash), stored);
      assert.equal(await store.findReportByText(textHash("another text")), null);
    });

    const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);

    withStore("story pages: newest first, same day by id, undated last; the cursor walks every story once", async (store) => {
      const dated: [string, string | null][] = [["s-a", "2026-03-01"], ["s-c", "2026-03-03"], ["s-b", "2026-03-03"], ["s-u", null], ["s-e", "2026-02-10"]];
      for (const [story, published] of dated) {
        const r = stormReport(story.slice(2), `Town${story}`, 3, published);
        await store.commitReport(newReport(r), alone(story, r.features));
      }
      const seen: string[] = [];
      let after = null;
      for (let pages = 0; pages < 5; pages++) {
        const page: StoryPage = await store.storyPage({ limit: 2, after });
        assert.equal(page.total, 5);
        seen.push(...page.stories.map((s) => s.id));
        after = page.next;
        if (!after) break;
      }
      assert.deepEqual(seen, ["s-b", "s-c", "s-a", "s-e", "s-u"]);
      assert.equal(after, null, "the last page says so");
    });

    withStore("story pages filter by disputes, date range, outlet and words of any report (body, claim values, accents folded)", async (store) => {
      const a = stormReport("a", "Åstby", 3, "2026-03-01");
      const b = stormReport("b", "Karsby", 8, "2026-03-05");
      const c = stormReport("c", "Vellmouth", 5, "2026-03-09");
      await store.commitReport({ ...newReport(a), searchWords: reportWords(a.analyzed.article, ["harbour authority"]) }, alone("s-a", a.features));
      await store.commitReport(newReport(b), alone("s-b", b.features));
      await store.commitReport(newReport(c), alone("s-c", c.features));
      await store.saveSummary("s-b", (await store.storyRevision("s-b"))!, { headline: "Fire", firstPublished: null, lastPublished: null, reports: 1, independentOutlets: 1, disputed: 2, articles: [] });
      const ids = async (query: Omit<StoryQuery, "limit">) => (await store.storyPage({ limit: 10, ...query })).stories.map((s) => s.id);
      assert.deepEqual(await ids({ disputedOnly: true }), ["s-b"]);
      assert.deepEqual(await ids({ fromDay: day("2026-03-02"), toDay: day("2026-03-06") }), ["s-b"]);
      assert.deepEqual(await ids({ fromDay: day("2026-03-05") }), ["s-c", "s-b"]);
      assert.deepEqual(await ids({ toDay: day("2026-03-01") }), ["s-a"]);
      assert.deepEqual(await ids({ outlet: "OUTLET c" }), ["s-c"]);
      assert.deepEqual(await ids({ text: "astby" }), ["s-a"], "Åstby found without its accent");
      assert.deepEqual(await ids({ text: "textile factory" }), ["s-b"], "words of the body, in any order");
      assert.deepEqual(await ids({ text: "harbour authority" }), ["s-a"], "a claim value");
      assert.deepEqual(await ids({ text: "textile harbour" }), [], "every word in one report");
      assert.deepEqual(await ids({ text: "s-c" }), ["s-c"], "a story id");
      assert.deepEqual(await ids({ text: "harbour", fromDay: day("2026-03-02") }), ["s-c"], "filters combine");
      assert.deepEqual(await store.outlets(), [{ name: "Outlet a", reports: 1, stories: 1 }, { name: "Outlet b", reports: 1, stories: 1 }, { name: "Outlet c", reports: 1, stories: 1 }]);
    });

    withStore("a report merged into another story is found in that story; unsummarised stories are listed", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      const b = stormReport("b", "Karsby", 8);
      await store.commitReport(newReport(a), alone("s-a", a.features));
      await store.commitReport(newReport(b), alone("s-b", b.features));
      const [sa, sb] = await store.loadStates(["s-a", "s-b"]);
      const c = stormReport("c", "Vellmouth", 3);
      await store.commitReport(newReport(c), { story: mergedStates(withReport(sa!, c.features), sb!), created: false, merged: ["s-b"] });
      assert.deepEqual((await store.storyPage({ limit: 10, text: "karsby" })).stories.map((s) => s.id), ["s-a"]);
      assert.deepEqual(await store.storiesWithoutSummary(10), ["s-a"]);
      await store.saveSummary("s-a", (await store.storyRevision("s-a"))!, { headline: "h", firstPublished: null, lastPublished: null, reports: 3, independentOutlets: 3, disputed: 0, articles: [] });
      assert.deepEqual(await store.storiesWithoutSummary(10), []);
    });

    withStore("a placement that throws inside exclusive leaves the store as it was", async (store) => {
      const a = stormReport("a", "Vellmouth", 3);
      await assert.rejects(
        store.exclusive(async () => {
          await store.commitReport(newReport(a), alone("s-a", a.features));
          throw new Error("interrupted");
        }),
        /interrupted/,
      );
      assert.deepEqual(await store.counts(), { reports: 0, stories: 0 });
      assert.equal(await store.findReport(a.origin.source, a.origin.contentHash), null);
    });
  });
}
