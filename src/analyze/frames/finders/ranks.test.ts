import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { Article } from "../../../types.js";

/** Places in a result and ordinals of a series, on short texts written for these tests; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const framed = (text: string, rule: RegExp) =>
  analyzeArticle(report("r", text)).claims.filter((c) => rule.test(c.rule)).map((c) => [c.key, c.display, c.owner ?? ""]);

test("a party or a team that came, finished or was projected to finish in a place owns that place", () => {
  assert.deepEqual(framed("The Green League came in second with 20.1% of the vote.", /RANK/), [["finishing place", "second", "green league"]]);
  assert.deepEqual(framed("The Labour Front, led by Ana Ruiz, finished third.", /RANK/), [["finishing place", "third", "labor front"]]);
  assert.deepEqual(framed("Third place went to the Farmers Union.", /RANK/), [["finishing place", "Third", "farmers union"]]);
});

test("a name in brackets after the full name gives the place once", () => {
  const ranks = framed("The Civic Alliance (CA) was projected to finish second.", /RANK/);
  assert.equal(ranks.length, 1);
  assert.equal(ranks[0]![1], "second");
});

test("ordinals of a series: the value as written with its noun, a possessive owner; parts of a game and names are not", () => {
  assert.deepEqual(framed("Brother Tomas was chosen on the fourth ballot as the 88th abbot.", /ORDINAL/), [
    ["which ballot", "fourth ballot", ""], ["which abbot", "88th abbot", ""],
  ]);
  assert.deepEqual(framed("It was the Gulls' second league title.", /ORDINAL/)[0]?.slice(0, 2), ["which league title", "second league title"]);
  assert.deepEqual(framed("They scored in the third quarter of a Second Republic derby, for a second time.", /ORDINAL/), []);
});

test("an ordinal after a month is a day of it, not one of a series", () => {
  assert.deepEqual(framed("Visitors came for the March 9th weekend and the 3rd festival.", /ORDINAL/), [["which festival", "3rd festival", ""]]);
});

test("a kin's place in a family is who someone is, not an ordinal fact of the story", () => {
  assert.deepEqual(framed("The brooch belonged to Ilse Varn, second wife of the mill owner, and later to their third child.", /ORDINAL/), []);
});

test("two reports' places for one party are one fact; places are never disputed", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      report("a", "The Green League came in second on Sunday."),
      report("b", "The Green League finished second. In 2027 the Green League came third."),
    ].map((a) => analyzeArticle(a)),
  });
  const second = aligned.facts.find((f) => f.key.startsWith("finishing place") && f.display === "second");
  assert.equal(second?.reports, 2);
  assert.deepEqual(aligned.conflicts.filter((c) => c.key.startsWith("finishing place")), []);
});

test("a party named with 'for' is owned whole, not by the country in its name", () => {
  assert.deepEqual(framed("The far-right Alliance for Westmark came fourth.", /RANK/).map((r) => r[2]), ["alliance for westmark"]);
});
