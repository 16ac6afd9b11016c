/** "<power>-administered <place>": the place owns the figure, and each figure is dated by the day nearest it. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import { findEntities } from "../../entities/index.js";
import { splitSentences } from "../../sentences.js";
import type { Article, Claim } from "../../../types.js";

function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const killed = (text: string): Claim | undefined => analyzeArticle(report("r", text)).claims.find((c) => c.kind === "quantity" && c.key.startsWith("killed"));

test("a place named with who governs it is the place alone, whether the power is known or not", () => {
  for (const text of ["Hikers were stopped in Veldish-administered Norland.", "Hikers were stopped in French-held Norland."]) {
    const found = findEntities(text, splitSentences(text));
    assert.deepEqual(found.map((m) => [m.surface, m.type]), [["Norland", "place"]], text);
  }
});

test("a toll in '<power>-administered <place>' belongs to the place, as the toll 'in <place>' of another report", () => {
  assert.equal(killed("The raid followed an ambush on hikers in Veldish-administered Norland that left 14 people dead.")?.owner, "norland");
  assert.equal(killed("The raid followed an ambush on hikers in French-controlled Norland that left 14 people dead.")?.owner, "norland");
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      analyzeArticle(report("a", "The raid followed an ambush on hikers in Veldish-administered Norland that left 14 people dead.")),
      analyzeArticle(report("b", "An ambush on hikers in Norland killed 17 people, officials said.")),
    ],
  });
  const conflict = aligned.conflicts.find((c) => c.positions.some((p) => p.value === "14"));
  assert.deepEqual(conflict?.positions.map((p) => p.value).sort(), ["14", "17"]);
});

test("a sentence naming two days dates a figure by the day nearer before it, else the first after it", () => {
  assert.equal(killed("Troops crossed the border on Monday after an ambush on March 3 that killed 14 hikers.")?.time, "2031-03-03");
  assert.equal(killed("An ambush killed 14 hikers on March 3, and troops crossed the border on Monday.")?.time, "2031-03-03");
  assert.equal(killed("Troops crossed the border on Monday after an ambush that killed 14 hikers.")?.time, "2031-04-07");
});
