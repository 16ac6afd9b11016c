import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { Article, Fact } from "../../types.js";

/** Named facts across reports, on short texts written for this test; every name is invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
function named(...texts: string[]): Fact[] {
  const articles = texts.map((text, i) => analyzeArticle(report(`r${i}`, text)));
  return alignStory({ id: "s", headline: "h", reprintGroups: [], articles }).facts.filter((f) => f.key.startsWith("name: "));
}

test("a short form and another word order of one name corroborate the full name", () => {
  const facts = named(
    "The prize was announced by the Halden Peace Committee on Friday.",
    "The Peace Committee praised the winner.",
  );
  assert.deepEqual(facts.map((f) => [f.key, f.reports, f.status]), [["name: committee", 2, "corroborated"]]);
  const camps = named("Scouts at Camp Larkspur were moved to a school.", "Parents of scouts at Larkspur Camp waited.");
  assert.deepEqual(camps.map((f) => [f.key, f.reports]), [["name: camp", 2]]);
});

test("'St.' and 'Saint' write one name", () => {
  const facts = named("Crowds filled St. Brun's Basilica at noon.", "Bells rang at Saint Brun's Basilica.");
  assert.deepEqual(facts.map((f) => f.reports), [2]);
});

test("a short form two different names hold stays apart, and different names never make a dispute", () => {
  const facts = named(
    "The Halden Peace Committee met on Monday.",
    "The Osk Trade Committee met on Tuesday.",
    "The Committee of Wardens met too, and the Peace Committee spoke.",
  );
  assert.ok(facts.every((f) => f.status !== "disputed"));
  assert.equal(facts.find((f) => f.display === "Halden Peace Committee")?.reports, 2);
  const rivers = named("Rescuers searched the Marrow River.", "Rescuers searched the Tessel River.");
  assert.deepEqual(rivers.map((f) => f.status).sort(), ["single-source", "single-source"]);
});
