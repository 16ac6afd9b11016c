import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { Article, Fact } from "../../types.js";

/** Dated facts across reports, on short texts written for this test; every name is invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
function dates(...texts: string[]): Fact[] {
  const articles = texts.map((text, i) => analyzeArticle(report(`r${i}`, text)));
  return alignStory({ id: "s", headline: "h", reprintGroups: [], articles }).facts.filter((f) => f.kind === "date");
}

test("a date no event word owns joins the one event another report gives that date", () => {
  const facts = dates("The vote was held in 2019.", "In 2019, Ilse Varga joined the assembly benches.");
  const vote = facts.find((f) => f.key === "date: vote" && f.value === "2019");
  assert.equal(vote?.reports, 2);
  assert.ok(!facts.some((f) => f.key === "date: unspecified"));
});

test("a date two events share stays unkeyed", () => {
  const facts = dates("The assembly met in 2019 and the vote was held in 2019.", "In 2019, Ilse Varga joined the assembly benches.");
  assert.ok(facts.some((f) => f.key === "date: unspecified" && f.value === "2019"));
});

test("a date of the report's own year stays unkeyed: it may be any day of the story", () => {
  const facts = dates("The quake struck on May 8.", "On May 8, rescuers searched the harbour.");
  assert.ok(facts.some((f) => f.key === "date: unspecified" && f.value === "2031-05-08"));
});
