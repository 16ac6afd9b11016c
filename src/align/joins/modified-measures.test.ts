import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { AlignedStory, Article } from "../../types.js";

/** A noun narrowed by an adjective in one report, bare in others, on texts written for these tests. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-02", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });
const disputed = (aligned: AlignedStory) => aligned.conflicts.map((c) => `${c.key}: ${c.positions.map((p) => p.value).sort().join(" / ")}`);

test("a count narrowed by an adjective is held against the bare count of the noun in other reports", () => {
  const aligned = story(
    "The synod opened in Varna with 312 delegates taking part.",
    "At the synod in Varna, 214 eligible delegates took part.",
    "Some 312 delegates took part in the synod held in Varna.",
  );
  assert.deepEqual(disputed(aligned), ["delegate: 214 / 312"]);
});

test("a noun before the noun names another kind of thing: 'crew members' are no rival of 'members'", () => {
  const aligned = story("Four crew members were on the boat that sank off Varna.", "The club said 14 members were on the boat that sank off Varna.");
  assert.deepEqual(disputed(aligned), []);
});

test("a story that narrows the noun two ways, or a report that gives both, counts parts: nothing joins", () => {
  assert.deepEqual(disputed(story("The navy struck nine sites near Varna.", "The navy struck three coastal sites near Varna.", "The navy struck four southern sites near Varna.")), []);
  // The coastal sites stay on their own slot, where the two reports still part (3 against 7).
  assert.deepEqual(disputed(story("The navy struck nine sites near Varna, among them three coastal sites.", "The navy struck seven coastal sites near Varna.")), ["coastal site: 3 / 7"]);
});
