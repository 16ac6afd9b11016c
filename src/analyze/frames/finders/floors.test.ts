import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { Article, Claim } from "../../../types.js";

/** Invented reports of an invented break-in. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-03-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const floors = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.key === "floor");

test("the floor something happened on is one frame, 'first' and a hyphenated compound included", () => {
  assert.deepEqual(floors("Thieves used a ladder to reach a first-floor window of the Varden Museum.").map((c) => [c.value, c.display]), [["1", "first-floor"]]);
  assert.deepEqual(floors("They entered the first floor by a lift.").map((c) => c.value), ["1"]);
  assert.deepEqual(floors("The fire broke out on the 12th floor of the tower.").map((c) => c.value), ["12"]);
  assert.deepEqual(floors("The First Floor Gallery reopened."), [], "a capital makes it a name");
  assert.deepEqual(floors("He took the floor at the summit."), []);
});

test("two reports of the floor corroborate it; two floors are never a dispute", () => {
  const agreed = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [report("a", "The thieves broke a first-floor window of the Varden Museum."), report("b", "The thieves entered the Varden Museum on the first floor.")].map((a) => analyzeArticle(a)),
  });
  assert.equal(agreed.facts.find((f) => f.key === "floor")?.status, "corroborated");
  const differing = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [report("a", "The thieves broke a first-floor window of the Varden Museum."), report("b", "The thieves entered the Varden Museum on the second floor.")].map((a) => analyzeArticle(a)),
  });
  assert.equal(differing.conflicts.length, 0, "one country's first floor is another's second");
});
