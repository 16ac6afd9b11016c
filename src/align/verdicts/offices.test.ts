import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../analyze/index.js";
import { alignStory } from "../index.js";
import type { Article } from "../../types.js";

/** The offices reports give one person, on short texts written for this test; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}

function officeDisputes(...texts: string[]): string[][] {
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))) });
  return aligned.conflicts.filter((c) => c.key.startsWith("office: ")).map((c) => c.positions.map((p) => p.display).sort());
}

test("a former holder in one report, the sitting holder in another: a contradiction", () => {
  assert.deepEqual(officeDisputes(
    "The prize went elsewhere, a blow to Moldovan President Orhan Velik, who had lobbied for it.",
    "The prize went elsewhere, a blow to former Moldovan President Orhan Velik, who had lobbied for it.",
  ), [["Moldovan President", "former Moldovan President"]]);
});

test("a sitting title in a story that names another sitting holder tells of an earlier time: no dispute", () => {
  assert.deepEqual(officeDisputes(
    "President Orhan Velik blocked the deal last year. President Rustam Karimli approved it on Monday.",
    "The deal was halted by former President Orhan Velik. President Rustam Karimli approved it on Monday.",
  ), []);
});

test("two portfolios of one government for one person: a contradiction; a compound of offices is not", () => {
  assert.deepEqual(officeDisputes(
    "Moldovan Interior Minister Orhan Velik said the gang was fast.",
    "Orhan Velik, head of the Ministry of Culture, said the theft was an outrage.",
  ), [["Moldovan Interior Minister", "head of the Ministry of Culture"]]);
  assert.deepEqual(officeDisputes(
    "Moldovan Interior Minister Orhan Velik said the gang was fast.",
    "Westmark Steel Chairman and CEO Orhan Velik said the deal closed.",
  ), []);
});

test("a role agreed by two reports is labelled with the organisation as written, and the office read the other way is not a second fact", () => {
  const aligned = alignStory({
    id: "s",
    headline: "h",
    articles: [
      analyzeArticle(report("a", "Westmark Steel chairman Ivo Tann said the plant would stay open.")),
      analyzeArticle(report("b", "The plant will stay open, Westmark Steel chairman Ivo Tann told workers.")),
    ],
    reprintGroups: [],
  });
  const roles = aligned.facts.filter((f) => f.key.startsWith("role: "));
  assert.deepEqual(roles.map((f) => [f.subject, f.display, f.status]), [["chair of Westmark Steel", "Ivo Tann", "corroborated"]]);
  assert.deepEqual(aligned.facts.filter((f) => f.key.startsWith("office: ")), []);
});
