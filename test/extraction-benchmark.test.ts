/**
 * A score gate over the public article-extraction benchmark pages (read from ../shared at run
 * time; skipped when absent). The floors sit a little under what `npm run bench:extraction`
 * measures, so a change that costs extraction quality fails here.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { cleanText, decodeBytes, extractArticle } from "../src/extract/index.js";
import { visibleText } from "../src/extract/html/visible-text.js";
import { HAVE_BENCHMARK, loadBenchmarkPages } from "../bench/extraction-data.js";
import { scorePage, scoreSet } from "../bench/extraction-score.js";

/** Measured 0.973 (HTML) and 0.943 (text mode) when these were set. */
const HTML_F1_FLOOR = 0.97;
const TEXT_F1_FLOOR = 0.938;

const skip = HAVE_BENCHMARK ? false : "../shared/bench-data/article-extraction-benchmark is not present";

test("benchmark: HTML extraction and text-mode cleaning stay above their F1 floors", { skip }, () => {
  const pages = loadBenchmarkPages();
  const html = pages.map((page) => ({ page, bytes: gunzipSync(readFileSync(page.path)) }));
  const htmlScores = html.map(({ page, bytes }) => {
    let text = "";
    try {
      text = extractArticle({ id: page.id, source: page.path, bytes, contentType: "text/html", fetchedAt: "" }).text;
    } catch {
      // a page without an article scores zero
    }
    return scorePage(page.truth, text);
  });
  const textScores = html.map(({ page, bytes }) => {
    const scraped = visibleText(decodeBytes(bytes, { contentType: "text/html", source: page.path }));
    return scorePage(page.truth, cleanText(scraped).paragraphs.join("\n\n"));
  });
  const htmlSet = scoreSet(htmlScores);
  const textSet = scoreSet(textScores);
  assert.ok(htmlSet.f1 >= HTML_F1_FLOOR, `HTML F1 ${htmlSet.f1.toFixed(3)} < ${HTML_F1_FLOOR}`);
  assert.ok(textSet.f1 >= TEXT_F1_FLOOR, `text-mode F1 ${textSet.f1.toFixed(3)} < ${TEXT_F1_FLOOR}`);
});
