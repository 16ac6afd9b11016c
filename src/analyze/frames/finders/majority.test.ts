import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { Article, Claim } from "../../../types.js";

/** Invented reports of an invented vote. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-03-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const thresholds = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.key === "majority threshold");

test("the line of a majority is one frame whether a report counts seats or votes", () => {
  for (const text of [
    "They need a coalition partner to reach the 41-seat majority.",
    "A party needs 41 seats for a majority in the Varnish Assembly.",
    "The Civic Union will not win a majority (for this you need to have 41 votes out of 80).",
  ]) {
    const [frame] = thresholds(text);
    assert.equal(frame?.value, "41", text);
    assert.equal(frame?.comparable, false, "stated, never a side of a dispute");
  }
});

test("a margin won, a shortfall or a time needed is no majority line", () => {
  assert.deepEqual(thresholds("The Labour Front won a 20-seat majority."), []);
  assert.deepEqual(thresholds("The coalition needs 5 more seats for a majority."), []);
  assert.deepEqual(thresholds("The party, which won a majority, needs 3 weeks to form a government."), []);
});

test("two reports counting the line in seats and in votes corroborate it", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      report("a", "The Civic Union fell short and needs partners to reach the 41-seat majority."),
      report("b", "The Civic Union has no majority of its own (for this you need to have 41 votes out of 80)."),
    ].map((a) => analyzeArticle(a)),
  });
  assert.equal(aligned.facts.find((f) => f.key === "majority threshold")?.status, "corroborated");
});
