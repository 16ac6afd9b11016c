import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { AlignedStory, Article, Claim } from "../../types.js";

function report(id: string, text: string, published = "2031-03-20"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const story = (...articles: Article[]): AlignedStory => alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const tolls = (aligned: AlignedStory, key: string) => aligned.facts.filter((f) => f.key === key).map((f) => f.value).sort();

test("a toll dated weeks before the story's reports is an earlier event's, on a slot of its day, apart from the story's own toll", () => {
  const frame = analyzeArticle(report("a", "Westmark struck Kessel on Thursday, after a raid on tourists in Dorval on March 3 that killed 26 people.")).claims.find((c: Claim) => c.value === "26");
  assert.deepEqual([frame?.measure, frame?.time], ["killed", "2031-03-03"]);
  const aligned = story(
    report("a", "Westmark struck Kessel on Thursday, after a raid on tourists in Dorval on March 3 that killed 26 people. Kessel said the strikes killed eight people."),
    report("b", "The strikes followed the March 3 raid that left 26 civilians dead. Kessel said 11 people were killed in the strikes."),
  );
  assert.deepEqual(tolls(aligned, "killed (2031-03-03)"), ["26"]);
  assert.equal(aligned.facts.find((f) => f.key === "killed (2031-03-03)")?.reports, 2);
  assert.ok(!aligned.conflicts.some((c) => c.key === "killed (2031-03-03)"), JSON.stringify(aligned.conflicts.map((c) => c.key)));
});

test("a report that gives an earlier event's toll two ways, against a report that gives it once, is disputed on that event's slot", () => {
  const aligned = story(
    report("a", "Westmark struck Kessel on Thursday, after a raid on tourists in Dorval on March 3 that killed 33 people. The strikes followed the March 3 raid in Dorval that left 26 people dead."),
    report("b", "Westmark struck Kessel on Thursday. The strikes followed the March 3 raid that left 26 civilians dead."),
  );
  const dispute = aligned.conflicts.find((c) => c.key === "killed (2031-03-03)");
  assert.deepEqual(dispute?.positions.map((p) => p.value).sort(), ["26", "33"]);
});

test("a toll dated within a week of the story's first report stays on the story's own slot", () => {
  const aligned = story(
    report("a", "The flood that struck Dorval on March 16 killed 26 people.", "2031-03-18"),
    report("b", "Officials said 26 people were killed in the Dorval flood.", "2031-03-19"),
  );
  assert.deepEqual(tolls(aligned, "killed"), ["26"]);
  assert.ok(!aligned.facts.some((f) => f.key.startsWith("killed (")));
});
