/** Issue 13's metadata kinds, each on a small invented page: date forms, several authors, titles. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readHtmlMetadata } from "./html-metadata.js";
import { parseHtml } from "./html-tree.js";
import { findDate } from "./text-dates.js";
import { dateFromUrl } from "./url-date.js";
import { calendarIso } from "./calendar-date.js";

const page = (head: string, body = "") => readHtmlMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`));

test("dates: every common source, entity-escaped meta names included", () => {
  assert.equal(page(`<meta property="article&amp;#x3A;published_time" content="2025-03-04T10:00:00Z">`).published, "2025-03-04");
  assert.equal(page(`<meta name="published_on" content="2025-05-06">`).published, "2025-05-06");
  assert.equal(page("", `<h1>A headline here</h1><span itemprop="datePublished">July 8, 2025</span>`).published, "2025-07-08");
  assert.equal(page("", `<h1>A headline here</h1><p class="byline">By Ann Lee · Updated November 18, 2025</p>`).published, "2025-11-18");
  assert.equal(page("", `<h1>A headline here</h1><p>December 15, 2025</p><p>Body text that mentions 1 January 2020.</p>`).published, "2025-12-15");
  assert.equal(page(`<link rel="canonical" href="https://x.example/2024/02/29/story">`).published, "2024-02-29");
});

test("dates: the update date the page shows wins only when it is the declared dateModified", () => {
  const ld = (modified: string) => `<script type="application/ld+json">{"@type":"Article","headline":"H","datePublished":"2025-01-29","dateModified":"${modified}"}</script>`;
  const shown = `<h1>A headline here</h1><div class="post-date">Updated August 19, 2025</div>`;
  assert.equal(page(ld("2025-08-19"), shown).published, "2025-08-19");
  assert.equal(page(ld("2025-09-01"), shown).published, "2025-01-29");
});

test("impossible calendar dates are refused everywhere", () => {
  assert.equal(calendarIso(2025, 6, 31), null);
  assert.equal(calendarIso(2025, 2, 29), null);
  assert.equal(calendarIso(2024, 2, 29), "2024-02-29");
  assert.equal(findDate("31 June 2025"), null);
  assert.equal(findDate("2025-02-30"), null);
  assert.equal(dateFromUrl("https://x.example/2025/06/31/story"), null);
});

test("authors: all three of a byline's author links; a related post's author is not one of them", () => {
  const body = `<h1>Headline of the piece</h1>
    <div class="meta"><span>By <a href="/author/ann-lee">Ann Lee</a>, <a href="/author/bo-chen">Bo Chen</a> and <a href="/author/cy-diaz">Cy Diaz</a></span></div>
    <p>Text.</p><aside><ul><li><div><div><a href="/author/dee-eng">Dee Eng</a></div></div></li></ul></aside>`;
  assert.deepEqual(page("", body).authors, ["Ann Lee", "Bo Chen", "Cy Diaz"]);
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"},{"@type":"Person","name":"Cy Diaz"}]}</script>`;
  assert.deepEqual(page(ld).authors, ["Ann Lee", "Bo Chen", "Cy Diaz"]);
});

test("authors: labels and roles are never names; an organization only when no person is named", () => {
  assert.deepEqual(page("", `<div class="author">Author Bio</div>`).authors, []);
  assert.deepEqual(page("", `<div class="author">Event Coordinator</div>`).authors, []);
  assert.deepEqual(page("", `<div class="author">Liz Kenny Former Consultant</div>`).authors, ["Liz Kenny"]);
  assert.deepEqual(page("", `<div class="author">BySummer Swann-</div>`).authors, ["Summer Swann"]);
  const org = `<script type="application/ld+json">{"@type":"Article","headline":"H","author":{"@type":"Organization","name":"Clinic Health"}}</script>`;
  assert.deepEqual(page(org, `<p class="byline">By Holly Wilgus</p>`).authors, ["Holly Wilgus"]);
  assert.deepEqual(page(org).authors, ["Clinic Health"]);
});

test("titles: entities decoded; the <h1> that agrees with the declared title; a site-name <h1> is not the title", () => {
  assert.equal(page(`<meta property="og:title" content="Budget Traveler&amp;#8217;s Guide &amp;amp; More">`).title, "Budget Traveler’s Guide & More");
  const head = `<title>Best Movers in Town 2025 | Top 19 Companies - Movers Hub</title><meta property="og:title" content="Best Movers in Town 2025 | Top 19 Companies">`;
  assert.equal(page(head, `<h1 class="site-title">Movers Hub</h1><h1>Best Movers in Town 2025</h1>`).title, "Best Movers in Town 2025");
  assert.equal(page(`<title>How rain gauges work | Valley Herald</title>`).title, "How rain gauges work");
});
