import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../../types.js";

/** FRAME_EDITION: which edition of a numbered event a report tells of, and reports that name another. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const editionsOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "FRAME_EDITION");
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });

test("a series' name and a Roman numeral name an edition: its number, written as the report writes it", () => {
  const [bowl] = editionsOf("The Harbour Hawks beat the Rovers 31-17 in Prairie Bowl XLIV on Sunday.");
  assert.deepEqual([bowl?.key, bowl?.value, bowl?.display], ["edition: prairie bowl", "44", "Prairie Bowl XLIV"]);
  const [games] = editionsOf("Athletes from 40 nations opened the Northern Games XXIX in Tarnby.");
  assert.deepEqual([games?.key, games?.value], ["edition: northern games", "29"]);
});

test("a regnal number, an edition looked back on and a lone capital are no edition of the report's event", () => {
  assert.deepEqual(editionsOf("King Aldric IV opened the Northern Games in Tarnby."), []);
  assert.deepEqual(editionsOf("It was the Hawks' first title since Prairie Bowl XXXVIII."), []);
  assert.deepEqual(editionsOf("The Rovers won Prairie Bowl XLI in 2028."), []);
  assert.deepEqual(editionsOf("Prairie Bowl I was played on grass."), []);
});

test("a report that names another edition of the story's event than the others disagrees with them, even when it also names theirs", () => {
  const alone = story("The Hawks won Prairie Bowl XLIV.", "The Hawks won Prairie Bowl XLIII.");
  assert.deepEqual(alone.conflicts.find((c) => c.key === "edition: prairie bowl")?.positions.map((p) => p.value).sort(), ["43", "44"]);
  const both = story(
    "The Hawks won Prairie Bowl XLIV on Sunday.",
    "Prairie Bowl XLIII: the Hawks' victory in review. The Hawks won Prairie Bowl XLIV on Sunday.",
  );
  const conflict = both.conflicts.find((c) => c.key === "edition: prairie bowl");
  assert.deepEqual(conflict?.positions.map((p) => [p.value, p.support.map((e) => e.article).sort()]).sort(), [["43", ["r1"]], ["44", ["r0", "r1"]]]);
});
