import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { AlignedStory, Article } from "../../types.js";

/** One distinctive figure under two nouns (FIGURE_SAME_VALUE), on texts written for these tests. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-02", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });
const factsOf = (aligned: AlignedStory, value: string) => aligned.facts.filter((f) => f.kind === "quantity" && f.value === value).map((f) => `${f.key}: ${f.reports}`);
const disputed = (aligned: AlignedStory) => aligned.conflicts.map((c) => `${c.key}: ${c.positions.map((p) => p.value).sort().join(" / ")}`);

test("one distinctive figure under two nouns is one fact, on the slot most reports use", () => {
  const aligned = story(
    "In the Ostravia vote, ballots were counted in all 317 precincts by Monday.",
    "Officials in Ostravia said ballots were counted in all 317 districts.",
    "Counting in Ostravia ended in all 317 precincts overnight.",
  );
  assert.deepEqual(factsOf(aligned, "317"), ["precinct: 3"]);
});

test("small or round figures under two nouns stay apart: they often count two things", () => {
  assert.deepEqual(factsOf(story("The Ostravia flood closed 14 schools.", "The Ostravia flood closed 14 bridges."), "14").sort(), ["bridge: 1", "school: 1"]);
  assert.deepEqual(factsOf(story("The Ostravia flood closed 120 schools.", "The Ostravia flood closed 120 bridges."), "120").sort(), ["bridge: 1", "school: 1"]);
});

test("a slot that sets the figure against another keeps it, and the join raises no new dispute", () => {
  const aligned = story(
    "In the Ostravia vote, ballots were counted in all 317 precincts by Monday.",
    "In the Ostravia vote, ballots were counted in all 329 precincts by Monday.",
    "Officials in Ostravia said ballots were counted in all 317 districts.",
  );
  assert.deepEqual(disputed(aligned), ["precinct: 317 / 329"]);
  assert.deepEqual(factsOf(aligned, "317"), ["precinct: 2"]);
});
