/** extractArticle as a whole on invented text reports: the Article contract, outlets from names, errors. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "./index.js";
import { CorroborateError } from "../errors.js";
import type { RawDocument } from "../types.js";

const REPORT = [
  "Flood Forces Hundreds From Homes",
  "By Maria Lindqvist",
  "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.",
  "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.",
].join("\n\n");

const doc = (text: string, extra: Partial<RawDocument> = {}): RawDocument =>
  ({ id: "flood", source: "reports/flood.txt", bytes: new TextEncoder().encode(text), contentType: "text/plain", fetchedAt: "2025-10-09T08:00:00Z", ...extra });

test("the Article carries id, source and text = paragraphs joined by blank lines", () => {
  const article = extractArticle(doc(REPORT));
  assert.equal(article.id, "flood");
  assert.equal(article.source, "reports/flood.txt");
  assert.equal(article.title, "Flood Forces Hundreds From Homes");
  assert.equal(article.byline, "Maria Lindqvist");
  assert.equal(article.paragraphs.length, 2);
  assert.equal(article.text, article.paragraphs.join("\n\n"));
  assert.equal(article.outlet, null);
  assert.equal(article.language, "en");
});

test("a desk credit that shortens the outlet's name gives way to the full name in the footer", () => {
  const lines = REPORT.split("\n\n");
  const withDesk = (desk: string) => [lines[0], desk, ...lines.slice(2), "© 2026 The Marlow Evening Courier. All rights reserved."].join("\n\n");
  assert.equal(extractArticle(doc(withDesk("Courier Foreign Staff | 12 May 2026"))).outlet, "The Marlow Evening Courier");
  assert.equal(extractArticle(doc(withDesk("Marlow Evening Courier Metro Desk | Marlow"))).outlet, "The Marlow Evening Courier");
});

test("the outlet falls back to a file name or URL that is a domain", () => {
  assert.equal(extractArticle(doc(REPORT, { source: "saved/www.valley-herald.com-flood-story.txt" })).outlet, "valley-herald.com");
  assert.equal(extractArticle(doc(REPORT, { source: "https://www.valley-herald.co.uk/news/flood" })).outlet, "valley-herald.co.uk");
  assert.equal(extractArticle(doc(REPORT, { source: "notes/report.final-v2.txt" })).outlet, null);
});

test("a text report in windows-1251 is decoded through the declared charset", () => {
  const text = "Наводнение в нижнем городе\n\nСильный дождь затопил нижнюю часть города в ночь на среду, около четырёхсот жителей покинули свои дома.";
  const decoder = new TextDecoder("windows-1251");
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes = Uint8Array.from([...text].map((char) => byChar.get(char) ?? 0x3f));
  const article = extractArticle(doc(text, { bytes, declaredCharset: "windows-1251" }));
  assert.equal(article.title, "Наводнение в нижнем городе");
  assert.equal(article.language, "ru");
});

test("a text that is all page chrome fails with E_NO_TEXT naming the source", () => {
  assert.throws(() => extractArticle(doc("Home\nMenu\nSubscribe to our newsletter\nAdvertisement\n© 2025 Valley Herald")), (error: unknown) => {
    assert.ok(error instanceof CorroborateError);
    assert.equal(error.code, "E_NO_TEXT");
    assert.equal(error.stage, "extract");
    assert.match(error.message, /reports\/flood\.txt/);
    return true;
  });
});

test("scraped text saved under an .html name (no tags at all) keeps its lines", () => {
  const article = extractArticle(doc(REPORT, { source: "reports/flood.html", contentType: "text/html" }));
  assert.equal(article.title, "Flood Forces Hundreds From Homes");
  assert.equal(article.paragraphs.length, 2);
});
