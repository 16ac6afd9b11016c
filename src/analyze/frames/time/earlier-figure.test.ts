import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import type { Article } from "../../../types.js";

/** Invented reports of an invented vote, published in 2031. */
function report(text: string): Article {
  return { id: "r", source: "r.txt", outlet: "Outlet", title: "r", published: "2031-03-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const frames = (text: string) =>
  analyzeArticle(report(text)).claims.filter((c) => c.kind === "quantity" && /%|percent/.test(c.display)).map((c) => `${c.key}: ${c.owner ?? "-"} = ${c.value}`);

test("an earlier result set beside this one is a figure of its year, of the same measure and owner", () => {
  assert.deepEqual(frames("The Civic Union won 28.5 percent of the vote, up from 22.7 percent in 2027."), ["share: civic union = 28.5", "share (2027): civic union = 22.7"]);
  assert.deepEqual(frames("The Civic Union took 28.5 percent, higher than the 22.7 percent four years ago."), ["share: civic union = 28.5", "share (2027): civic union = 22.7"], "four years before the report's year");
});

test("an earlier figure with no year is left out: nothing says when it held", () => {
  assert.deepEqual(frames("The Civic Union took 28.5 percent, well above the 22.7 percent it won in the last election."), ["share: civic union = 28.5"]);
});

test("a share in brackets after a year is the last result of the share before it, even when it names no owner", () => {
  assert.deepEqual(frames("The Civic League stands at 31.4 percent (Vote 2027: 19.6 percent)."), ["share: civic league = 31.4", "share (2027): civic league = 19.6"]);
  assert.deepEqual(frames("The Civic League stands at 31.4 percent (2027: 19.6%)."), ["share: civic league = 31.4", "share (2027): civic league = 19.6"]);
  assert.deepEqual(frames("The Civic League stands at 31.4 percent (with 19.6 percent in the cities)."), ["share: civic league = 31.4"], "no year: no earlier result");
});
