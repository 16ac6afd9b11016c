import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../../types.js";

/** A named person made the Nth of a series, on texts written for these tests. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const ordinals = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "FRAME_ORDINAL");
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });

test("a name elected, named or chosen as the Nth of a series owns that ordinal, and it can be disputed", () => {
  const [chosen] = ordinals("The chapter agreed to elect Sister Ana Ruiz as the 48th Abbess of the order.");
  assert.deepEqual([chosen?.measure, chosen?.value, chosen?.comparable], ["which abbess", "48", true]);
  assert.match(chosen?.owner ?? "", /ruiz/);
  const aligned = story(
    "The chapter agreed to elect Ana Ruiz as the 48th Abbess of the order on Thursday.",
    "Ana Ruiz was elected the 49th abbess of the order on Thursday.",
  );
  assert.deepEqual(aligned.conflicts.map((c) => c.key), ["which abbess"]);
});

test("a narrowed series ('the second woman to…') or an ordinal no name is linked to is stated, never disputed", () => {
  assert.equal(ordinals("Ana Ruiz became the second woman to lead the order.")[0]?.comparable, false);
  assert.equal(ordinals("The 48th abbess of the order greeted the crowd.")[0]?.comparable, false);
  assert.equal(ordinals("Ana Ruiz won her second league title.")[0]?.comparable, false);
});
