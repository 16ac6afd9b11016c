/** Metadata and body on invented pages (test/fixtures/html/), one metadata source per page. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../index.js";
import { RULE } from "../text/rule-ids.js";
import type { Article } from "../../types.js";

const FIXTURES = join(process.cwd(), "test/fixtures/html");
const TITLE = "Northern quay reopens after storm repairs";
const FIRST = /^The harbour authority in Port Selwyn reopened the northern quay/;

function extractFixture(name: string): Article {
  const bytes = readFileSync(join(FIXTURES, name));
  return extractArticle({ id: name, source: `fixtures/${name}`, bytes, contentType: "text/html", fetchedAt: "" });
}

function assertBody(article: Article): void {
  assert.equal(article.paragraphs.length, 3, article.paragraphs.join("\n"));
  assert.match(article.paragraphs[0]!, FIRST);
  assert.equal(article.language, "en");
}

test("JSON-LD only: headline, authors, dates, publisher and language from the @graph", () => {
  const article = extractFixture("jsonld-only.html");
  assertBody(article);
  assert.equal(article.title, TITLE);
  assert.deepEqual(article.authors, ["Ada Fennimore", "Tomas Rilke"]);
  assert.equal(article.published, "2024-11-04");
  assert.equal(article.modified, "2024-11-05");
  assert.equal(article.outlet, "Selwyn Gazette");
});

test("meta tags only: og:title, article:published_time, author names, site name, canonical URL", () => {
  const article = extractFixture("meta-only.html");
  assertBody(article);
  assert.equal(article.title, TITLE);
  assert.deepEqual(article.authors, ["Ada Fennimore", "Tomas Rilke"]);
  assert.equal(article.published, "2024-11-04");
  assert.equal(article.modified, "2024-11-06");
  assert.equal(article.outlet, "Selwyn Gazette");
  assert.equal(article.canonicalUrl, "https://gazette.example/harbour/northern-quay-reopens");
});

test("a byline in the page only: the author comes from the byline element, the title from <h1>", () => {
  const article = extractFixture("byline-only.html");
  assertBody(article);
  assert.equal(article.title, TITLE);
  assert.deepEqual(article.authors, ["Ada Fennimore"]);
  assert.equal(article.published, null);
});

test("a date only in the canonical URL", () => {
  const article = extractFixture("url-date-only.html");
  assertBody(article);
  assert.equal(article.published, "2024-11-04");
  assert.equal(article.title, TITLE);
});

test("a date only in the text: the date line is metadata, not body (EXTRACT_META_DATE)", () => {
  const article = extractFixture("text-date-only.html");
  assertBody(article);
  assert.equal(article.published, "2024-11-04");
  assert.ok(article.removed.some((line) => line.rule === RULE.META_DATE && /4 November 2024/.test(line.text)));
});

test("chrome around and inside the article is not body; sub-headings and list items are", () => {
  const article = extractFixture("chrome-heavy.html");
  assert.equal(article.title, TITLE);
  assert.equal(article.outlet, "Selwyn Gazette");
  assert.ok(article.paragraphs.includes("What the crews say"));
  assert.ok(article.paragraphs.includes("Berths free before six in the morning"));
  assert.equal(article.paragraphs.filter((p) => p.length > 100).length, 3);
  assert.doesNotMatch(article.text, /cookies|Facebook|lighthouse on Monday|newsletter|old wall was built|ferry timetable|ferry will run|All rights reserved|Home/);
});

test("a Spanish page in ISO-8859-1: decoded, byline and date read in Spanish, chrome words dropped", () => {
  const article = extractFixture("spanish.html");
  assert.equal(article.language, "es");
  assert.equal(article.title, "El muelle norte reabre tras las obras");
  assert.deepEqual(article.authors, ["María Olmedo"]);
  assert.equal(article.published, "2024-11-04");
  assert.equal(article.paragraphs.length, 2);
  assert.match(article.paragraphs[0]!, /^La autoridad portuaria/);
  assert.doesNotMatch(article.text, /Compartir|Lee también|Inicio/);
});
