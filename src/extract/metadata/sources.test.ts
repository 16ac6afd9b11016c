/** Issue 13's metadata kinds, each on a small invented page: date forms, several authors, titles. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readHtmlMetadata } from "./index.js";
import { parseHtml } from "../html/tree.js";
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

test("dates: published over modified; a date shown beside the headline that the markup does not give wins", () => {
  const ld = `<script type="application/ld+json">{"@type":"Article","headline":"A headline here","datePublished":"2025-01-29","dateModified":"2025-08-19"}</script>`;
  const beside = (shown: string) => `<h1>A headline here</h1><div class="post-date">${shown}</div>`;
  assert.equal(page(ld, beside("Updated August 19, 2025")).published, "2025-01-29");
  assert.equal(page(ld, beside("March 3, 2025")).published, "2025-03-03");
  const farBelow = `<h1>A headline here</h1>${"<p>Body paragraph.</p>".repeat(40)}<div class="post-date">March 3, 2025</div>`;
  assert.equal(page(ld, farBelow).published, "2025-01-29");
});

test("dates: bylines that hold a date between separators, meta names that speak of publication", () => {
  const shown = (line: string) => page("", `<h1>A headline here</h1><div><p>${line}</p></div><p>Body text of the story.</p>`).published;
  assert.equal(shown(`<strong>By <a href="/team/ann-lee">Ann Lee</a></strong> - Mar 27, 2024`), "2024-03-27");
  assert.equal(shown("Ann Lee | Senior Writer | July 2, 2025"), "2025-07-02");
  assert.equal(shown("Updated Dec 18, 2025 · 12 min read"), "2025-12-18");
  assert.equal(shown("Ann Lee | Senior Writer | June 31, 2025"), null);
  assert.equal(page(`<meta name="w-published-date" content="2025-05-27T06:03:43Z">`).published, "2025-05-27");
  assert.equal(page(`<meta name="published" content="July 17, 2025">`).published, "2025-07-17");
  assert.equal(page(`<meta name="article:publisher" content="2019-01-01">`).published, null);
});

test("titles: a heading's lines read as words; a heading that adds a date or byline to the declared title gives way to it", () => {
  assert.equal(page(`<title>Rain Gauges Explained | Lab Notes</title>`, `<h1>RAIN<br>GAUGES EXPLAINED</h1>`).title, "RAIN GAUGES EXPLAINED");
  const og = `<meta property="og:title" content="Ways to keep rain gauges accurate">`;
  assert.equal(page(og, `<h1>Ways to keep rain gauges accurate <span>Posted on July 1, 2024 by ann</span></h1>`).title, "Ways to keep rain gauges accurate");
  assert.equal(page(og, `<h1>Ways to keep rain gauges accurate <time>January 1, 2025</time></h1>`).title, "Ways to keep rain gauges accurate");
  // A heading that goes on with words, not a date, is the fuller headline the reader sees.
  assert.equal(page(og, `<h1>Ways to keep rain gauges accurate in a hard frost</h1>`).title, "Ways to keep rain gauges accurate in a hard frost");
});

test("dates: a date line shown under the headline, however it is indented, laid out or preceded", () => {
  const indented = `<h1>A headline here</h1><div><span class="entry-date">${" ".repeat(60)}Published: January 3, 2024${" ".repeat(60)}</span></div>`;
  assert.equal(page("", indented).published, "2024-01-03");
  // A mega-menu of hundreds of lines above the headline does not use up the lines read.
  const menu = `<nav>${"<a href='/x'>Section name</a>".repeat(600)}</nav><h1>A headline here</h1><h5><span>2024-11-06</span></h5>`;
  assert.equal(page("", menu).published, "2024-11-06");
  // An element holding the whole post writes its date line itself, between its title and its body.
  const post = `<fieldset><legend>A headline here</legend> 20 December 2025 <div>${"Body text of the post. ".repeat(20)}</div></fieldset>`;
  assert.equal(page("", post).published, "2025-12-20");
  assert.equal(page("", `<h1>A headline here</h1><span>December 18, 2025 ・ 3 min read</span>`).published, "2025-12-18");
  assert.equal(page(`<meta name="published-date" content="2021-02-16">`).published, "2021-02-16");
  assert.equal(page(`<meta name="citation_publication_date" content="2023 Jan 7">`).published, "2023-01-07");
});

test("dates: the shown date nearest the headline, not a date widget in the page's top bar", () => {
  const body = `<div class="todays-date">Friday, December 19, 2025</div><nav>${"<a href='/x'>Section</a>".repeat(30)}</nav>
    <h1>A headline here</h1><p class="meta">12.12.2025</p><p>Body text of the story.</p>`;
  assert.equal(page("", body).published, "2025-12-12");
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

test("authors: one citation_author tag per author, in order; a byline opened by a bare \"By\"", () => {
  const tags = ["Ann Lee", "Bo Chen", "Cy Diaz"].map((name) => `<meta name="citation_author" content="${name}">`).join("");
  assert.deepEqual(page(tags).authors, ["Ann Lee", "Bo Chen", "Cy Diaz"]);
  assert.deepEqual(page("", `<h1>Headline of the piece</h1><span class="inline-list__item">By <a href="/producers/ann-lee">Ann Lee</a></span>`).authors, ["Ann Lee"]);
});

test("authors: labels and roles are never names; an organization only when no person is named", () => {
  assert.deepEqual(page("", `<div class="author">Author Bio</div>`).authors, []);
  assert.deepEqual(page("", `<div class="author">Event Coordinator</div>`).authors, []);
  assert.deepEqual(page("", `<div class="byline">By Staff</div>`).authors, []);
  assert.deepEqual(page("", `<div class="byline">By</div>`).authors, []);
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
  // A lone <h1> rewording the declared title is the headline readers see; a section name is not.
  const og = `<meta property="og:title" content="Rain gauges explained for gardeners">`;
  assert.equal(page(og, `<h1>How rain gauges work, explained</h1>`).title, "How rain gauges work, explained");
  assert.equal(page(og, `<h1>Garden Notes</h1>`).title, "Rain gauges explained for gardeners");
});

test("dates: a day and month written with numbers only is read the way the page writes it plainly", () => {
  // The markup's "04-11-2025" reads as 4 November (dashes are day first); the byline says April.
  const shownApril = page(`<meta name="article:published_time" content="04-11-2025">`, `<h1>A headline here</h1>${"<p>Body paragraph.</p>".repeat(40)}<div class="post-date">Published April 11, 2025</div>`);
  assert.equal(shownApril.published, "2025-04-11");
  // The byline's "04/11/2025" (month first with slashes) against an address that names the month.
  const named = page(`<meta property="og:url" content="https://x.example/blog/2025/november/04/a-story">`, `<h1>A headline here</h1><span class="entry-date">04/11/2025</span>`);
  assert.equal(named.published, "2025-11-04");
  // Nothing written plainly: the reading stands.
  assert.equal(page(`<meta name="article:published_time" content="04-11-2025">`).published, "2025-11-04");
});

test("dates: a month's name in the URL's path; a canonical link that is no address is passed over", () => {
  assert.equal(dateFromUrl("https://x.example/notes/2024/march/07/story"), "2024-03-07");
  assert.equal(dateFromUrl("https://x.example/notes/2024/sept/31/story"), null);
  const wrongCanonical = page(`<link rel="canonical" href="A headline here"><meta property="og:url" content="https://x.example/2024/05/06/a-story">`);
  assert.equal(wrongCanonical.canonicalUrl, "https://x.example/2024/05/06/a-story");
  assert.equal(wrongCanonical.published, "2024-05-06");
});

test("authors: an account number or a dotted template variable or login declared as the author gives way to the byline", () => {
  const byline = `<h1>Headline of the piece</h1><p class="byline">By <a href="/author/ann-lee">Ann Lee</a></p>`;
  assert.deepEqual(page(`<meta name="author" content="page.head.extra.author">`, byline).authors, ["Ann Lee"]);
  assert.deepEqual(page(`<meta name="author" content="ann.lee77">`, byline).authors, ["Ann Lee"]);
  assert.deepEqual(page(`<script type="application/ld+json">{"@type":"Article","headline":"Headline of the piece","author":{"@type":"Person","name":"480213377"}}</script>`, byline).authors, ["Ann Lee"]);
  assert.deepEqual(page(`<meta name="author" content="Ann Lee">`).authors, ["Ann Lee"]);
});
