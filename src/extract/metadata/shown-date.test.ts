/** Which date stands when the markup and the page disagree: published over updated, and the other reading of a numeric date. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readHtmlMetadata } from "./index.js";
import { parseHtml } from "../html/tree.js";

const published = (head: string, body: string) => readHtmlMetadata(parseHtml(`<html><head>${head}</head><body>${body}<p>Body text of the story.</p></body></html>`)).published;
const declared = (date: string) => `<meta property="article:published_time" content="${date}">`;

test("a shown date labelled as an update never replaces the declared publication date", () => {
  assert.equal(published(declared("2016-02-25T08:00:00Z"), `<h1>A headline here</h1><p class="meta">Last Updated: April 1, 2025</p>`), "2016-02-25");
  assert.equal(published(declared("2016-02-25T08:00:00Z"), `<h1>A headline here</h1><p><span>Updated on</span> <time datetime="2025-04-01">April 1, 2025</time></p>`), "2016-02-25");
  // An unlabelled shown date still wins over markup it contradicts.
  assert.equal(published(declared("2016-02-25T08:00:00Z"), `<h1>A headline here</h1><p class="meta">April 1, 2025</p>`), "2025-04-01");
});

test("beside the headline, the published date is taken over an updated one nearer to it", () => {
  const body = `<h1>A headline here</h1><div class="meta"><span class="date">DECEMBER 22, 2022</span><span class="date">Updated: JANUARY 02, 2026</span></div>`;
  assert.equal(published("", body), "2022-12-22");
  // With only an update date shown and nothing declared, it is the one date there is.
  assert.equal(published("", `<h1>A headline here</h1><p class="date">Updated November 18, 2025</p>`), "2025-11-18");
});

test("a shown numeric date that is the declared one read the other way round keeps the declared date", () => {
  const ld = `<script type="application/ld+json">{"@type":"Article","headline":"A headline here","datePublished":"2024-09-10T16:07:00Z"}</script>`;
  assert.equal(published(ld, `<h1>A headline here</h1><p class="meta">By Wren Abbot 09.10.2024</p>`), "2024-09-10");
  // Written with a month name, the shown date is unambiguous and stands.
  assert.equal(published(declared("03-09-2026"), `<h1>A headline here</h1><p class="meta">Published March 9, 2026</p>`), "2026-03-09");
});

test("microdata, JSON-LD and <time> dates; impossible ones refused", () => {
  assert.equal(published("", `<h1>A headline here</h1><span itemprop="datePublished" content="2025-04-05">5 Apr</span>`), "2025-04-05");
  assert.equal(published(`<script type="application/ld+json">{"@type":"BlogPosting","headline":"H","datePublished":"2025-06-07T10:00:00+02:00"}</script>`, ""), "2025-06-07");
  assert.equal(published("", `<h1>A headline here</h1><time datetime="2025-08-09T10:00:00Z">Aug 9</time>`), "2025-08-09");
  assert.equal(published(declared("2025-06-31"), ""), null);
  assert.equal(published("", `<h1>A headline here</h1><p class="meta">Published 31 June 2025</p>`), null);
});
