import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { AlignedStory, Article } from "../../types.js";

function report(id: string, text: string, published = "2031-03-02"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const story = (...articles: Article[]): AlignedStory => alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const voteDates = (aligned: AlignedStory) => aligned.facts.filter((f) => f.key === "date: vote").map((f) => f.value).sort();

test("a year long before the story, on an event the story dates recently, is an earlier event of that kind", () => {
  const aligned = story(
    report("a", "The vote was held on March 1, 2031. Turnout beat the 2027 elections."),
    report("b", "Westmark voted on March 1, 2031, with turnout higher than in the 2027 elections."),
    report("c", "The vote on Saturday drew the most voters since the 2027 elections."),
  );
  assert.deepEqual(voteDates(aligned), ["2031-03-01"]);
});

test("an event the story dates only long ago keeps its year", () => {
  const aligned = story(
    report("a", "An inquiry found the bridge collapsed in 2024 because of rust.", "2031-05-02"),
    report("b", "The bridge collapsed in 2024, the inquiry said.", "2031-05-02"),
  );
  assert.ok(aligned.facts.some((f) => f.key !== "date: unspecified" && f.kind === "date" && f.value === "2024"), aligned.facts.map((f) => `${f.key}=${f.value}`).join(", "));
});
