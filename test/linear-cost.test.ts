// Inputs that once made a stage grow with the square (or worse) of their size: each now runs in
// time proportional to it. The bounds (CPU time) are generous, and far below what the old code
// took (noted per test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/index.js";
import { parseHtml, elements, MAX_DEPTH } from "../src/extract/html/tree.js";
import { cleanText } from "../src/extract/text/index.js";
import { analyzeArticle, splitSentences } from "../src/analyze/index.js";
import { MAX_SENTENCE_CHARS } from "../src/analyze/sentences.js";
import { deriveImpliedClaims } from "../src/align/joins/derive.js";
import { alignStory } from "../src/align/index.js";
import type { Stated } from "../src/align/stated.js";
import type { AnalyzedArticle, Claim } from "../src/types.js";
import { cpuTimed as timed } from "./helpers/cpu-time.js";

const PARAGRAPH = "The river authority said on Thursday that the water level at the old mill had fallen by a metre overnight.";

const textReport = (text: string) => ({ id: "r", source: "r.txt", bytes: new TextEncoder().encode(text), contentType: "text/plain", fetchedAt: "" });

test("200,000 nested elements parse in linear time: nesting is cut at MAX_DEPTH, no text is lost", () => {
  // htmlparser2's open-tag stack made 160,000 levels cost 83 s.
  const levels = 200_000;
  const html = `<html><body>${"<div>x ".repeat(levels)}<p>${PARAGRAPH}</p>${"</div>".repeat(levels)}<p>after</p></body></html>`;
  const { result: tree, ms } = timed(() => parseHtml(html));
  assert.ok(ms < 5000, `${ms} ms`);
  let deepest = 0;
  for (const element of elements(tree.root)) {
    let depth = 0;
    for (let up = element.parent; up; up = up.parent) depth++;
    deepest = Math.max(deepest, depth);
  }
  assert.ok(deepest <= MAX_DEPTH + 1, `depth ${deepest}`);
  const article = extractArticle({ ...textReport(html), source: "page.html", contentType: "text/html" });
  assert.ok(article.text.includes(PARAGRAPH));
});

test("a 160,000-character line with a colon is cleaned in linear time", () => {
  // The contact-box pattern re-read the run before a missing "@" from every letter: 53 s.
  const line = `Contact: ${"a".repeat(160_000)} b`;
  const { ms } = timed(() => cleanText(`A headline\n\n${line}\n\n${PARAGRAPH}`));
  assert.ok(ms < 2000, `${ms} ms`);
});

test("a run of 100,000 characters without a sentence end is cut into sentences of at most MAX_SENTENCE_CHARS, offsets exact", () => {
  const run = Array.from({ length: 10_000 }, (_, i) => `Word${i}`).join(" ");
  const text = `${PARAGRAPH} ${run}. ${PARAGRAPH}`;
  const sentences = splitSentences(text);
  assert.ok(sentences.length > 30);
  for (const sentence of sentences) {
    assert.ok(sentence.text.length <= MAX_SENTENCE_CHARS);
    assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  }
  assert.equal(sentences[0]!.text, PARAGRAPH);
  assert.equal(sentences[sentences.length - 1]!.text, PARAGRAPH);
});

test("a line of 20,000 dates is analysed in linear time", () => {
  // isStamp searched the whole line per date: 32 s.
  const line = Array.from({ length: 20_000 }, (_, i) => `${(i % 28) + 1} March 2024`).join(", ");
  const { result, ms } = timed(() => analyzeArticle(extractArticle(textReport(`A headline\n\n${PARAGRAPH}\n\n${line}\n`))));
  assert.ok(result.claims.length > 0);
  assert.ok(ms < 15_000, `${ms} ms`);
});

test("a long sentence full of dates and events is analysed in linear time", () => {
  // keyOf compared every date with every event over every word between them (about n^2.7).
  const clause = "the crash on 3 March killed 4 people after the storm and the meeting on 5 May";
  const sentence = Array.from({ length: 400 }, () => clause).join(", ");
  const { ms } = timed(() => analyzeArticle(extractArticle(textReport(`A headline\n\n${sentence}.\n`))));
  assert.ok(ms < 10_000, `${ms} ms`);
});

test("a run of 200,000 quotation marks with no word between them is analysed in linear time", () => {
  // Counting a quote's words searched on past its closing mark to the next word: 40,000 marks took 5 s, 300,000 over 5 minutes.
  const { result, ms } = timed(() => analyzeArticle(extractArticle(textReport(`A headline\n\n${PARAGRAPH} <div data-x="${'"'.repeat(200_000)}">\n\n${PARAGRAPH}\n`))));
  assert.ok(result.sentences.length > 0);
  assert.ok(ms < 10_000, `${ms} ms`);
});

test("6,000 paragraphs sharing one opening are checked for a run-together copy in linear time", () => {
  // Every paragraph was compared with every other one that opened the same way: 36 s.
  const opening = "The committee said in its report on the matter that";
  const paragraphs = Array.from(
    { length: 6000 },
    (_, i) => `${opening} item ${i} was reviewed and the figures for ${i * 7} households had been counted twice. ${opening} they would be corrected after a second review by the auditors of district ${i}.`,
  );
  const copy = paragraphs.slice(10, 14).join(" ");
  const { result, ms } = timed(() => cleanText(`A headline\n\n${paragraphs.join("\n\n")}\n\n${copy}\n`));
  assert.ok(ms < 6000, `${ms} ms`);
  assert.equal(result.paragraphs.length, paragraphs.length);
  assert.ok(result.removed.some((line) => line.text === copy));
});

test("the claims of one report with 60,000 of them are grouped for what they imply in linear time", () => {
  // Grouping copied a report's list on every claim added: 48,000 claims took 18 s.
  const article = { article: { id: "r" } } as AnalyzedArticle;
  const stated: Stated[] = Array.from({ length: 60_000 }, (_, i) => {
    const claim = { kind: "quantity", key: "rescued", value: String(i), number: i, display: String(i), sentence: i, span: { start: 0, end: 1 }, rule: "TEST" } as Claim;
    return { claim, article, value: claim.value };
  });
  const { result, ms } = timed(() => deriveImpliedClaims(stated));
  assert.equal(result.length, stated.length);
  assert.ok(result.every((s) => s.claim.key === "survivors"));
  assert.ok(ms < 2000, `${ms} ms`);
});

test("a report that names its towns thousands of times is checked for several places in linear time", () => {
  // Every pair of a report's place mentions was compared: these 8,000 mentions took 16 s, a 20 MB check over a minute.
  const towns = ["Lakeport", "Glenwood", "Marlow"];
  const sentences = Array.from({ length: 8000 }, (_, i) => `A fire broke out in ${towns[i % 3]} on Monday.`);
  const other = "A fire broke out in Harbor City on Monday.";
  const report = (id: string, text: string) => analyzeArticle(extractArticle({ ...textReport(`A headline\n\n${text}\n`), id, source: `${id}.txt` }));
  const story = { id: "s", headline: "h", reprintGroups: [], articles: [report("a", sentences.join(" ")), report("b", other)] };
  const { result, ms } = timed(() => alignStory(story));
  assert.ok(result.facts.some((f) => f.key === "place: fire"));
  assert.ok(ms < 1500, `${ms} ms`);
});
