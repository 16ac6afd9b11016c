import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { Article } from "../../types.js";

/** Offices named bare and in full, on short texts written for this test; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}

test("'Governor Ana Ruiz' joins 'Norland Governor Ana Ruiz': one office, two reports", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [report("a", "Norland Governor Ana Ruiz visited the dam on Friday."), report("b", "Governor Ana Ruiz said the dam held.")].map((a) => analyzeArticle(a)),
  });
  const office = aligned.facts.filter((f) => f.key.startsWith("role: governor"));
  assert.equal(office.length, 1);
  assert.equal(office[0]?.reports, 2);
  assert.equal(office[0]?.status, "corroborated");
});
