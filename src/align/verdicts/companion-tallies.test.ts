import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalyzedArticle, Claim } from "../../types.js";
import type { Stated } from "../stated.js";
import { companionMoved, movedApart } from "./companion-tallies.js";

/** One report's sentence 0 giving `figures` by slot; the statement is of the first one. */
function said(figures: [key: string, value: number][]): Stated[] {
  const claims = figures.map(([key, value]) => ({ kind: "quantity", key, value: String(value), sentence: 0 }) as unknown as Claim);
  const article = { claims } as unknown as AnalyzedArticle;
  return [{ claim: claims[0]!, article, value: claims[0]!.value }];
}

test("a companion that moved with the figure marks two moments, even when one named before it moved against", () => {
  const earlier = said([["killed", 6], ["missing", 40], ["injured", 21]]);
  const later = said([["killed", 9], ["missing", 35], ["injured", 30]]);
  assert.equal(companionMoved(earlier, later), true);
});

test("a tally that only grows and moved against the figure is a misstatement, even when one named before it moved with", () => {
  const one = said([["killed", 6], ["arrested", 3], ["injured", 30]]);
  const other = said([["killed", 9], ["arrested", 5], ["injured", 21]]);
  assert.equal(movedApart("killed", one, other), true);
  assert.equal(movedApart("killed", said([["killed", 6], ["injured", 21]]), said([["killed", 9], ["injured", 30]])), false);
});
