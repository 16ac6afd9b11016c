/** The metadata readers one by one: bylines to names, dates in URLs, JSON-LD shapes, trust order. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { authorsFromByline } from "./authors.js";
import { readHtmlMetadata } from "./index.js";
import { readJsonLd } from "./jsonld.js";
import { parseHtml } from "../html/tree.js";
import { dateFromUrl } from "./url-date.js";

test("bylines become names in five languages; roles, agencies and dates are not names", () => {
  assert.deepEqual(authorsFromByline("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
  assert.deepEqual(authorsFromByline("BY JANE DOE | Staff writer"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("Por María López y Ana Ruiz"), ["María López", "Ana Ruiz"]);
  assert.deepEqual(authorsFromByline("Von Max Muster und Eva Klein"), ["Max Muster", "Eva Klein"]);
  assert.deepEqual(authorsFromByline("Par Jean-Luc Martin et Claire Dubois"), ["Jean-Luc Martin", "Claire Dubois"]);
  assert.deepEqual(authorsFromByline("Автор: Ирина Петрова"), ["Ирина Петрова"]);
  assert.deepEqual(authorsFromByline("By Jane Doe, Reuters, Updated 9 Oct 2025"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("By Tuesday the water had fallen back below the level of the quay."), []);
  assert.deepEqual(authorsFromByline(null), []);
});

test("dates in URLs: path segments, dashes, eight digits; not ids or years alone", () => {
  assert.equal(dateFromUrl("https://example.com/2019/11/19/story-title/"), "2019-11-19");
  assert.equal(dateFromUrl("https://example.com/news/2019-11-19-story-title"), "2019-11-19");
  assert.equal(dateFromUrl("https://example.com/news/20191119/story"), "2019-11-19");
  assert.equal(dateFromUrl("https://example.com/2019/11/story"), null);
  assert.equal(dateFromUrl("https://example.com/news/article-51574168486"), null);
  assert.equal(dateFromUrl("not a url at all"), null);
});

test("JSON-LD: article types win over other objects; broken JSON is skipped; author shapes vary", () => {
  const ld = readJsonLd([
    "{ broken json",
    JSON.stringify({ "@type": "WebPage", headline: "A page" }),
    JSON.stringify([{ "@type": "BreadcrumbList" }, { "@type": ["NewsArticle"], headline: "The story", datePublished: "2024-03-01", author: ["Ann Lee", { name: "Bo Chen" }] }]),
  ]);
  assert.equal(ld?.headline, "The story");
  assert.deepEqual(ld?.authors, ["Ann Lee", "Bo Chen"]);
  assert.equal(readJsonLd(["[]", "null", "42"]), null);
});

test("trust order: JSON-LD over meta tags over <time> over the URL", () => {
  const html = (head: string, body = "") => parseHtml(`<html lang="de-DE"><head>${head}</head><body>${body}</body></html>`);
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01","headline":"LD"}</script>`;
  const meta = `<meta property="article:published_time" content="2024-02-02"><meta property="og:title" content="OG">`;
  const url = `<link rel="canonical" href="https://x.example/2024/04/04/story">`;
  const time = `<time datetime="2024-03-03">3 March</time>`;
  assert.equal(readHtmlMetadata(html(ld + meta + url, time)).published, "2024-01-01");
  assert.equal(readHtmlMetadata(html(meta + url, time)).published, "2024-02-02");
  assert.equal(readHtmlMetadata(html(url, time)).published, "2024-03-03");
  assert.equal(readHtmlMetadata(html(url)).published, "2024-04-04");
  assert.equal(readHtmlMetadata(html(ld + meta)).title, "LD");
  assert.equal(readHtmlMetadata(html(meta)).title, "OG");
  assert.equal(readHtmlMetadata(html(meta)).language, "de");
});

test("publish time of day: from JSON-LD, meta tags or <time>, with its offset; a date alone gives none", () => {
  const html = (head: string, body = "") => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01T09:30:00+01:00","headline":"LD"}</script>`;
  assert.equal(readHtmlMetadata(html(ld)).publishedAt, "2024-01-01T09:30:00+01:00");
  assert.equal(readHtmlMetadata(html(`<meta property="article:published_time" content="2024-02-02 14:05Z">`)).publishedAt, "2024-02-02T14:05Z");
  assert.equal(readHtmlMetadata(html("", `<time datetime="2024-03-03T07:00:00.000+0530">3 March</time>`)).publishedAt, "2024-03-03T07:00:00+05:30");
  assert.equal(readHtmlMetadata(html(`<meta property="article:published_time" content="2024-02-02">`)).publishedAt, null);
  assert.equal(readHtmlMetadata(html(`<meta property="article:published_time" content="2024-02-02T25:61">`)).publishedAt, null);
});
