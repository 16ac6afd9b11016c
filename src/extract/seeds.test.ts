/**
 * The five real reports in ../shared/seeds (never copied into the repo): every chrome block goes,
 * every body paragraph stays, and the metadata the text carries is read. Chrome is identified
 * here by position in the seed or by generic page-chrome words, never by the reports' content.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { HAVE_SEEDS, SEEDS_DIR, bodyLines, linesAfter, seedId, seedLines } from "../../test/helpers/seeds.js";
import type { Article } from "../types.js";
import { extractArticle } from "./index.js";
import { RULE } from "./text/rule-ids.js";

const skip = HAVE_SEEDS ? false : "../shared/seeds is not beside the repo";

function extractSeed(prefix: string): Article {
  const id = seedId(prefix);
  const source = resolve(SEEDS_DIR, `${id}.txt`);
  return extractArticle({ id, source, bytes: new Uint8Array(readFileSync(source)), contentType: "text/plain", fetchedAt: "2025-10-10T00:00:00Z" });
}

const SEEDS = ["000", "001", "002", "003", "004"];
const nonEmpty = (prefix: string) => seedLines(prefix).filter((line) => line.length > 0);
const rulesOf = (article: Article) => new Set(article.removed.map((line) => line.rule));
/** Long prose lines: the paragraphs whose count must match. */
const isLongParagraph = (line: string) => line.length >= 80 && /[.!?”"]$/.test(line);

test("every seed: text is the paragraphs joined, every body paragraph kept verbatim, count of long paragraphs matches", { skip }, () => {
  for (const prefix of SEEDS) {
    const article = extractSeed(prefix);
    assert.equal(article.text, article.paragraphs.join("\n\n"));
    assert.equal(article.language, "en", prefix);
    // A first line carrying the scraper's date prefix is headline material (ticker, or headline + standfirst).
    const expected = nonEmpty(prefix).filter((line, i) => isLongParagraph(line) && !(i === 0 && /^date \d/.test(line)));
    for (const line of bodyLines(prefix)) assert.ok(article.paragraphs.includes(line), `${prefix} lost: ${line.slice(0, 80)}`);
    assert.equal(article.paragraphs.filter(isLongParagraph).length, expected.length, `${prefix} long paragraphs`);
  }
});

test("000: trending list, menus, opinion list, share prompts and contact footer removed; metadata read", { skip }, () => {
  const article = extractSeed("000");
  assert.doesNotMatch(article.text, /left menu|trending|opinion \/ blog|connect us on|give feedback|newsletter|linkedin/i);
  assert.doesNotMatch(article.text, /email:|phone:|@[\w-]+\.\w+|©|copyright|disclaimer|privacy policy/i);
  for (const line of linesAfter("000", /^TRENDING$/)) assert.ok(!article.paragraphs.includes(line), `chrome kept: ${line}`);
  // Only the standfirst and the three body paragraphs remain.
  const lines = nonEmpty("000");
  assert.deepEqual(article.paragraphs, [lines[2], ...lines.slice(7, 10)]);
  for (const rule of [RULE.NAV, RULE.RELATED_LIST, RULE.FOOTER, RULE.SHARE_PROMPT, RULE.COUNTER, RULE.LIST_MARKER, RULE.DUPLICATE, RULE.META_BYLINE]) {
    assert.ok(rulesOf(article).has(rule), rule);
  }
  assert.equal(article.published, "2025-10-09");
  assert.equal(article.outlet, "Devdiscourse");
  assert.equal(article.title, lines[1]);
  assert.ok(article.attributions.some((a) => a.source === "agencies" && a.kind === "inputs-from"));
  assert.doesNotMatch(article.text, /with inputs from/i);
});

test("001: Spanish ticker, section name, prompts, ads, list markers and related list removed; attribution read", { skip }, () => {
  const article = extractSeed("001");
  const ticker = seedLines("001")[0]!.replace(/^date \d{4}-\d{2}-\d{2}\s*/, "");
  assert.ok(!article.text.includes(ticker.slice(0, 40)), "ticker kept");
  assert.ok(rulesOf(article).has(RULE.TICKER));
  assert.doesNotMatch(article.text, /world news|support us|promote your business|advertisement|list of \d+ items|end of list|related news/i);
  for (const line of linesAfter("001", /^related news$/i)) assert.ok(!article.paragraphs.includes(line), `related item kept: ${line}`);
  assert.ok(article.attributions.some((a) => a.source === "Al Jazeera" && a.kind === "originally-appeared"));
  assert.doesNotMatch(article.text, /originally appeared/i);
  assert.equal(article.published, "2025-10-09");
  assert.equal(article.title, nonEmpty("001")[2]);
});

test("002: slogan above the title, counter and reply form removed; everything between is body", { skip }, () => {
  const article = extractSeed("002");
  const lines = nonEmpty("002");
  assert.ok(!article.paragraphs.includes(lines[0]!), "slogan kept");
  assert.equal(article.removed.find((line) => line.text === lines[0])?.rule, RULE.MASTHEAD);
  assert.ok(rulesOf(article).has(RULE.COUNTER));
  assert.doesNotMatch(article.text, /^\d+\s+\d+$/m);
  assert.doesNotMatch(article.text, /leave a reply|email address will not be published/i);
  assert.deepEqual(article.paragraphs, lines.slice(3, -2));
  assert.equal(article.title, lines[1]);
});

test("003: headline cut from its standfirst, dateline Moscow, AP attribution, 'Also Read' removed, sub-headings kept", { skip }, () => {
  const article = extractSeed("003");
  const lines = nonEmpty("003");
  assert.doesNotMatch(article.text, /also read/i);
  assert.equal(article.dateline, "Moscow");
  assert.ok(article.attributions.some((a) => a.source === "AP" && a.kind === "reported" && article.text.includes(a.text)));
  const firstLine = lines[0]!.replace(/^date \d{4}-\d{2}-\d{2}\s*/, "");
  assert.ok(firstLine.startsWith(article.title) && article.title.length < firstLine.length / 2, article.title);
  assert.doesNotMatch(article.title, /[.]$/);
  // Everything between the dateline line and the "Also Read" marker is body, sub-headings included.
  assert.deepEqual(article.paragraphs, lines.slice(2, -1));
  assert.equal(article.published, "2025-10-09");
});

test("004: closing list of other headlines removed, sub-headings kept, title from the first sub-heading", { skip }, () => {
  const article = extractSeed("004");
  const lines = nonEmpty("004");
  const trailing = lines.slice(-6);
  for (const line of trailing) assert.ok(!article.paragraphs.includes(line), `headline kept: ${line}`);
  assert.ok(trailing.every((line) => article.removed.some((r) => r.text === line && r.rule === RULE.TRAILING_HEADLINES)));
  assert.deepEqual(article.paragraphs, lines.slice(0, -6));
  assert.equal(article.title, lines[1]);
});

test("every removed line carries a stable EXTRACT_ rule id", { skip }, () => {
  const known = new Set<string>(Object.values(RULE));
  for (const prefix of SEEDS) {
    for (const line of extractSeed(prefix).removed) assert.ok(known.has(line.rule), `${prefix}: ${line.rule}`);
  }
});
