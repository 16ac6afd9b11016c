import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../analyze/index.js";
import { alignStory } from "./index.js";
import type { Article } from "../types.js";

/** Dates no event word owns, on short texts written for these tests; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const align = (...texts: string[]) =>
  alignStory({ id: "s", headline: "h", reprintGroups: [], articles: texts.map((t, i) => analyzeArticle(report(String(i), t))) });

test("a day no event word owns joins the one event another report dates to that day", () => {
  const aligned = align("The wildfire started on May 3, 2031, in Fernhill.", "Crews from Lakeport have been busy since May 3, 2031.");
  const day = aligned.facts.filter((f) => f.value === "2031-05-03");
  assert.equal(day.length, 1);
  assert.equal(day[0]!.reports, 2);
  assert.notEqual(day[0]!.key, "date: unspecified");
});

test("a day two events share stays unowned", () => {
  const aligned = align("The wildfire started on May 3, 2031. The flood began on May 3, 2031.", "Crews from Lakeport have been busy since May 3, 2031.");
  assert.ok(aligned.facts.some((f) => f.key === "date: unspecified" && f.value === "2031-05-03"));
});
