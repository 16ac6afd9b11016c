import { test } from "node:test";
import assert from "node:assert/strict";
import { reportEra } from "./report-era.js";
import { dayNumber } from "../../cluster/index.js";
import type { AnalyzedArticle, Claim } from "../../types.js";

/** An undated report whose only date is a yearless day, read as `value` and written as `display`. */
function undated(value: string, display: string): AnalyzedArticle {
  const claim: Claim = { kind: "date", key: "date: completion", value, display, precision: "day", sentence: 0, span: { start: 0, end: 1 }, rule: "TEST" };
  const article = { id: "r", source: "r.txt", outlet: "o", title: "t", published: null, byline: null, dateline: null, language: "en", paragraphs: [], text: "", removed: [], attributions: [] };
  return { article, sentences: [], entities: [], claims: [claim] };
}

test("a yearless day read half a year or more after the story's middle day is the one of the year before", () => {
  // "Tallan Mills is set to close the sale on March 3", read against a story centred on March 4.
  const reference = dayNumber("2029-03-04");
  assert.equal(reportEra(undated("2030-03-03", "March 3"), reference), dayNumber("2029-03-03"));
});

test("a yearless day read half a year or more before the story's middle day is the one of the year after", () => {
  const reference = dayNumber("2031-01-20");
  assert.equal(reportEra(undated("2030-04-08", "April 8"), reference), dayNumber("2031-04-08"));
});

test("a day given with its year, or near the middle day, is taken as read", () => {
  const reference = dayNumber("2031-03-04");
  assert.equal(reportEra(undated("2031-02-27", "February 27"), reference), dayNumber("2031-02-27"));
  assert.equal(reportEra(undated("2032-03-03", "March 3, 2032"), reference), reference);
});
