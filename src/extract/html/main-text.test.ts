/**
 * Main-text kinds that lost text or kept chrome on pages the extractor was not tuned on: invented
 * pages in our own words, one per kind.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../index.js";

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li></ul></nav>${body}
  <footer><p>© 2025 Example Guides. All rights reserved.</p></footer></body></html>`;

const textOf = (html: string): string =>
  extractArticle({ id: "p", source: "pages/p.html", bytes: new TextEncoder().encode(html), contentType: "text/html", fetchedAt: "" }).text;

/** A paragraph of invented prose about a numbered subject, long enough to read as body. */
const prose = (subject: string, n: number): string =>
  `${subject} number ${n} is described here in a full sentence of ordinary prose. It has a second sentence that adds a detail about its size and use, so that the paragraph reads as body text.`;

test("a multi-section article: every section's paragraphs, not just the longest section", () => {
  const sections = ["Planning", "Building", "Finishing"].map(
    (name, s) => `<section class="section-${s}"><div class="section-inner"><h2>${name}</h2>${[1, 2].map((n) => `<p>${prose(name, n)}</p>`).join("")}</div></section>`,
  );
  const html = page(`<main><article><h1>How to build a garden shed</h1>
    <div class="intro"><p>${prose("The introduction", 1)}</p></div>
    ${sections[0]}<div class="ad-slot"><a href="/x">Advertisement</a></div>${sections[1]}${sections[2]}
  </article></main>`);
  const text = textOf(html);
  for (const name of ["Planning", "Building", "Finishing"]) {
    assert.ok(text.includes(prose(name, 1)), `section ${name} kept`);
    assert.ok(text.includes(prose(name, 2)), `section ${name} kept whole`);
  }
  assert.ok(!text.includes("Advertisement"));
});

test("a list article with a related-story embed in the middle: every item after the embed is kept", () => {
  const items = [1, 2, 3, 4, 5, 6].map(
    (n) => `<div class="list-item"><h3><a href="/tools/${n}">Tool ${n}: the sturdy model</a></h3><p>${prose("Tool", n)}</p></div>`,
  );
  const embed = `<div class="card"><a href="/other-story">Why hardware prices rose sharply this spring</a><p>Shops blame shipping costs.</p></div>`;
  const html = page(`<main><article><h1>Six tools worth owning</h1><p>${prose("The list", 0)}</p>
    ${items.slice(0, 2).join("")}${embed}${items.slice(2).join("")}</article></main>`);
  const text = textOf(html);
  for (let n = 1; n <= 6; n++) {
    assert.ok(text.includes(prose("Tool", n)), `item ${n} kept`);
    assert.ok(text.includes(`Tool ${n}: the sturdy model`), `item ${n}'s linked heading kept`);
  }
});

test("the body inside a hidden streaming-render block is the article, not the promo banner outside it", () => {
  const html = page(`<div class="promo-banner"><p>Join our club today and save on every order you place this month.</p></div>
    <div hidden id="S:2"><article><h1>Repairing a bicycle chain</h1>${[1, 2, 3].map((n) => `<p>${prose("Step", n)}</p>`).join("")}</article></div>`);
  const text = textOf(html);
  for (const n of [1, 2, 3]) assert.ok(text.includes(prose("Step", n)));
  assert.ok(!text.includes("Join our club"));
});

test("an article streamed in hidden parts is read whole and in order, each part where its placeholder stands", () => {
  const html = page(`<main><article><h1>Repairing a bicycle chain</h1><p>${prose("The introduction", 1)}</p>
    <div class="section"><template id="P:5"></template></div><div class="section"><template id="P:6"></template></div>
    <aside><p>Our partner shop offers a discount on every chain you buy this month, ask at the till.</p></aside></article></main>
    <div hidden id="S:6"><h2>Fitting</h2><p>${prose("Step", 3)}</p><p>${prose("Step", 4)}</p></div>
    <div hidden id="S:5"><h2>Removing</h2><p>${prose("Step", 1)}</p><p>${prose("Step", 2)}</p></div>`);
  const text = textOf(html);
  const at = [prose("The introduction", 1), prose("Step", 1), prose("Step", 2), prose("Step", 3), prose("Step", 4)].map((p) => text.indexOf(p));
  assert.ok(at.every((position) => position >= 0), text);
  assert.deepEqual([...at].sort((a, b) => a - b), at, "in the order of the placeholders");
  assert.ok(!text.includes("partner shop"));
});

test("the closed panels of an accordion (FAQ answers) are the article's text", () => {
  const qa = (n: number, panel: string): string => `<h3 id="q${n}">Question ${n} about the chain?</h3>${panel.replace("ANSWER", prose("Answer", n))}`;
  const html = page(`<main><article><h1>Chain questions</h1><p>${prose("The introduction", 1)}</p>
    ${qa(1, `<div role="region" aria-labelledby="q1" style="display:none"><p>ANSWER</p></div>`)}
    ${qa(2, `<div class="accordion-panel hidden"><p>ANSWER</p></div>`)}
    <div style="display:none"><p>This popup text is never shown to a reader of the page, whatever it says here.</p></div>
  </article></main>`);
  const text = textOf(html);
  assert.ok(text.includes(prose("Answer", 1)) && text.includes(prose("Answer", 2)));
  assert.ok(!text.includes("popup text"));
});

test("a short post keeps its paragraphs and drops the subscribe box, consultation promo, calendar widget, disclaimer and comments", () => {
  const html = page(`<main><article class="post"><h1>Community workshop on Saturday</h1>
    <div class="post-content"><p>${prose("The workshop", 1)}</p><p>${prose("The workshop", 2)}</p>
      <div class="add-to-calendar"><a href="/ics">Add to Calendar</a><a href="/g">Google Calendar</a><a href="/o">Outlook</a></div>
      <div class="subscribe-box"><h4>Get our weekly letter</h4><p>Subscribe to our newsletter and get every new guide in your inbox each week.</p></div>
      <div class="consultation-cta"><p>Book a free consultation with one of our advisers today and get a plan that fits your budget.</p></div>
      <div class="disclaimer"><p>The information in this post is for general guidance only and is not professional advice of any kind.</p></div>
    </div>
    <div class="comments"><h3>3 comments</h3><ol><li><p>Great post, I will definitely come along with my neighbours on Saturday morning.</p></li>
      <li><p>Thanks for sharing this, is there parking near the hall for visitors from out of town?</p></li></ol></div>
  </article></main>`);
  const text = textOf(html);
  assert.ok(text.includes(prose("The workshop", 1)) && text.includes(prose("The workshop", 2)));
  for (const chrome of ["Add to Calendar", "Subscribe to our newsletter", "free consultation", "general guidance only", "Great post", "parking near the hall"]) {
    assert.ok(!text.includes(chrome), `${chrome} dropped`);
  }
});

test("a bio box at the page foot is not taken for the body of a shorter article", () => {
  const html = page(`<main><article><h1>Notes from the allotment</h1><p>${prose("The harvest", 1)}</p><p>${prose("The harvest", 2)}</p></article></main>
    <div class="about-writer"><h3>About the writer</h3><p>Sam Rivers has written about gardens and small farms for twenty years. Before that Sam worked as a teacher in three schools across the north of the country, and now lives by the coast with two dogs and far too many tomato plants, which appear in most of these columns. Sam's first book, a guide to growing food in small spaces, came out last spring and is in its second printing.</p></div>`);
  const text = textOf(html);
  assert.ok(text.includes(prose("The harvest", 1)) && text.includes(prose("The harvest", 2)));
  assert.ok(!text.includes("Sam Rivers has written"));
});

test("entities a site escaped twice are decoded in the text; a bare ampersand stays", () => {
  const html = page(`<main><article><h1>Tools</h1><p>The owner said &amp;#8216;we sell more every year&amp;#8217; and that R&amp;D costs rose &amp;amp; fell. ${prose("The shop", 1)}</p><p>${prose("The shop", 2)}</p></article></main>`);
  const text = textOf(html);
  assert.ok(text.includes("said ‘we sell more every year’ and that R&D costs rose & fell."), text);
  assert.ok(!/&#\d+;|&amp;/.test(text));
});

test("a table or quotation the editor put in a <figure> is body; the image caption is not", () => {
  const html = page(`<main><article><h1>Prices this year</h1><p>${prose("The market", 1)}</p>
    <figure class="wp-block-table"><table><tr><th>Item</th><th>Price</th></tr><tr><td>Spade</td><td>24 pounds</td></tr></table></figure>
    <figure class="pullquote"><blockquote><p>Nobody expected the spring sales to be this strong.</p></blockquote></figure>
    <figure><img src="a.jpg" alt=""><figcaption>A spade on a stall. Photo: Example Guides</figcaption></figure>
    <p>${prose("The market", 2)}</p></article></main>`);
  const text = textOf(html);
  assert.ok(text.includes("Spade 24 pounds"));
  assert.ok(text.includes("Nobody expected the spring sales to be this strong."));
  assert.ok(!text.includes("A spade on a stall"));
});

test("a list article whose items are cards named 'widget' or 'embed': every card is kept, the side column's widget and an in-article signup box are not", () => {
  const card = (n: number, kind: string): string =>
    `<div class="product-${kind} product-${kind}--big"><div class="product-${kind}__name">Lamp ${n}</div><div class="product-${kind}__body"><p>${prose("Lamp", n)}</p></div></div>`;
  const html = page(`<main><div class="layout"><article><h1>The best desk lamps</h1><div class="article-content"><p>${prose("The test", 1)}</p>
      ${card(1, "widget")}${card(2, "widget")}<div class="signup-widget"><p>Sign up for our weekly letter and get every new review in your inbox.</p></div>${card(3, "embed")}${card(4, "embed")}
    </div></article>
    <div class="sidebar-widget"><p>Our most popular guide this week explains how to pick a chair for long days at a desk.</p></div></div></main>`);
  const text = textOf(html);
  for (const n of [1, 2, 3, 4]) assert.ok(text.includes(prose("Lamp", n)), `card ${n} kept`);
  assert.ok(!text.includes("Sign up for our weekly letter"));
  assert.ok(!text.includes("most popular guide"));
});

test("a page wrapped in an unclosed side-column tag still yields its article", () => {
  const html = `<!DOCTYPE html><html><head><title>Notes</title></head><body><aside class="announcement"><a href="/news">Announcement: we moved</a>
    <main><article><h1>Lessons from the workshop</h1>${[1, 2, 3].map((n) => `<p>${prose("The lesson", n)}</p>`).join("")}</article></main></body></html>`;
  const text = textOf(html);
  for (const n of [1, 2, 3]) assert.ok(text.includes(prose("The lesson", n)));
});

test("an article inside a box marked up as a tab list is found; a hidden copy of it is not read twice", () => {
  const paragraphs = [1, 2, 3].map((n) => `<p>${prose("The episode", n)}</p>`).join("");
  const html = page(`<main><h1>Episode notes</h1><div role="tablist"><div class="tab-panel">${paragraphs}</div></div>
    <div hidden class="raw-copy"><p>${prose("The episode", 1)}</p></div></main>`);
  const text = textOf(html);
  for (const n of [1, 2, 3]) assert.equal(text.split(prose("The episode", n)).length - 1, 1, `paragraph ${n} once`);
});

test("a list of links and a linked line between the article's paragraphs are kept; the related links after its last paragraph are not", () => {
  const html = page(`<main><article><h1>Progress report for the spring release</h1><p>${prose("The release", 1)}</p>
    <p>${prose("The review", 2)}</p><ul><li><a href="/change/1">Faster start for the command line tool</a></li><li><a href="/change/2">Fix the date parser for leap years</a></li><li><a href="/change/3">Support for reading compressed archives</a></li></ul>
    <p><a href="/review/9">Read our full review of the new parser.</a></p><p><a href="/promo">WHY EVERY SHOP IS RAISING ITS PRICES THIS MONTH</a></p>
    <p>${prose("The next release", 3)}</p>
    <ul class="see-also"><li><a href="/other/1">Our winter release report with all its changes</a></li><li><a href="/other/2">How we test every change before it ships</a></li></ul>
  </article></main>`);
  const text = textOf(html);
  for (const item of ["Faster start for the command line tool", "Fix the date parser for leap years", "Support for reading compressed archives"]) assert.ok(text.includes(item), item);
  assert.ok(text.includes("Read our full review of the new parser."));
  assert.ok(text.includes(prose("The next release", 3)));
  assert.ok(!text.includes("WHY EVERY SHOP"), "a linked headline in capitals is a promotion");
  assert.ok(!text.includes("Our winter release report"));
  assert.ok(!text.includes("How we test every change"));
});

test("a short post whose paragraphs share a small box with a linked call to action is still found", () => {
  const html = page(`<main><h1>Our printed catalogue</h1><div class="text-block"><div class="columns">
      <p>We have split our large catalogue into ten parts so that each one opens quickly on a phone or a slow line.</p>
      <p>If you cannot find the part you need in these pages, write to the shop nearest you and we will help.</p></div>
      <div class="links"><a href="/request">Request a Printed Catalogue</a></div></div>
    <div class="parts">${[1, 2, 3, 4].map((n) => `<p><a href="/part/${n}">Part ${n}</a>: pages ${n * 10} to ${n * 10 + 9}</p>`).join("")}</div></main>`);
  const text = textOf(html);
  assert.ok(text.includes("We have split our large catalogue into ten parts"), text);
  assert.ok(text.includes("write to the shop nearest you"));
});

test("an article whose own box a strong chrome word names ('newsletter-post') keeps its comments and subscribe box out", () => {
  const comments = [1, 2].map((n) => `<div class="comment"><div class="comment-body"><p>${prose("Reply", n)}</p></div></div>`);
  const html = page(`<div class="post-page"><article class="newsletter-post"><h1>Notes on a slow river</h1>
    ${[1, 2, 3, 4, 5].map((n) => `<p>${prose("Paragraph", n)}</p>`).join("")}
    <div class="subscription-widget"><p>Notes on a slow river is a reader-supported letter. To get new posts, consider becoming a subscriber.</p></div>
  </article><div class="comment-list">${comments.join("")}</div></div>`);
  const text = textOf(html);
  for (const n of [1, 2, 3, 4, 5]) assert.ok(text.includes(prose("Paragraph", n)), `paragraph ${n} kept`);
  assert.ok(!text.includes("Reply number"), "the comments are not the article");
  assert.ok(!text.includes("reader-supported"), "the subscribe box is not the article");
});

test("an article written once per screen size is read once; a short description a listing repeats stays under each entry", () => {
  const copy = (size: string) => `<div class="layout-${size}"><h2>Choosing a ladder</h2>${[1, 2, 3, 4].map((n) => `<p>${prose("Point", n)}</p>`).join("")}</div>`;
  const html = page(`<main><article><h1>Choosing a ladder</h1>${copy("wide")}${copy("narrow")}</article></main>`);
  const text = textOf(html);
  for (const n of [1, 2, 3, 4]) assert.equal(text.split(prose("Point", n)).length - 1, 1, `point ${n} read once`);

  const blurb = "A two-day meeting for workshop owners, with talks and a trade floor.";
  const listing = page(`<main><article><h1>Meetings this spring</h1><p>${prose("The season", 1)}</p>
    ${["North Hall", "River Hall", "Hill Hall"].map((hall) => `<h3>${hall}</h3><p>${blurb}</p><p>${prose(hall, 2)}</p>`).join("")}</article></main>`);
  assert.equal(textOf(listing).split(blurb).length - 1, 3, "the repeated description stays under each entry");
});

test("an article cut down to its intro by a strong chrome word on its own box is read whole", () => {
  const html = page(`<main><div class="intro"><p>${prose("The introduction", 1)} ${prose("The introduction", 2)}</p></div>
    <div class="newsletter-issue">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${prose("Section", n)}</p>`).join("")}</div></main>`);
  const text = textOf(html);
  assert.ok(text.includes(prose("The introduction", 1)));
  for (const n of [1, 2, 3, 4, 5, 6]) assert.ok(text.includes(prose("Section", n)), `section ${n} kept`);
});

test("an article that ends on its own short lines (a directory, a table, a glued brand name) keeps them", () => {
  // Scraped-page rules (a run of short lines closing the page, a footer tail after a gap, a
  // headline glued to a summary) do not apply to the box the HTML structure chose as the article.
  const clinics = [1, 2, 3, 4, 5].map((n) => `<h4>Riverbend Clinic ${n}</h4><p>${n}40 Mill Lane, Suite ${n}</p><p>Fees based on income</p>`);
  const html = page(`<main><article><h1>Low-cost counselling near the river</h1>
    <p>${prose("The guide", 1)}</p><p>${prose("The guide", 2)}</p>
    <p>Our Favourite PicksTheRiverbend team reviewed each clinic in person and wrote down what a first visit costs.</p>
    <div class="listing">${clinics.join("")}</div>
  </article></main>`);
  const text = textOf(html);
  for (const n of [1, 5]) assert.ok(text.includes(`Riverbend Clinic ${n}`), `clinic ${n} kept`);
  assert.ok(text.includes("Fees based on income"));
  assert.ok(text.includes("reviewed each clinic in person"));
  assert.ok(!text.includes("All rights reserved"));
});

test("an article whose sections hold long link lists: the whole <article>, not its longest paragraph's box", () => {
  const links = (section: number): string =>
    `<ul>${Array.from({ length: 24 }, (_, i) => i + 1).map((n) => `<li><a href="/changes/${section}-${n}">Change ${section}.${n}: the parser handles one more kind of input</a></li>`).join("")}</ul>`;
  const sections = [1, 2, 3].map(
    (s) => `<div class="sect"><h2>Part ${s}</h2><div class="para"><p>${prose("Part", s)}</p></div>${links(s)}<div class="para"><p>${prose("Note", s)}</p></div></div>`,
  );
  const html = page(`<main><article><h1>Progress report for the spring</h1><div class="body">${sections.join("")}
    <div class="sect"><div class="para"><p>${prose("The summary", 1)} ${prose("The summary", 2)}</p></div></div></div></article></main>`);
  const text = textOf(html);
  for (const s of [1, 2, 3]) {
    assert.ok(text.includes(prose("Part", s)), `part ${s} kept`);
    assert.ok(text.includes(prose("Note", s)), `note ${s} kept`);
  }
  assert.ok(text.includes("Change 2.5: the parser handles one more kind of input"), "the article's own lists kept");
  assert.ok(!text.includes("All rights reserved"));
});

test("body text whose UTF-8 was read as Latin-1 before it reached the page is read again as UTF-8", () => {
  const misread = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));
  const html = page(`<article><h1>Winter tyres</h1><p>${misread("You’re better off with winter tyres — they grip at 5 °C and below, and they’re cheaper than a crash.")} ${prose("The tyre", 1)}</p><p>A real Â£ sign stays as written. ${prose("The price", 2)}</p></article>`);
  const text = textOf(html);
  assert.ok(text.includes("You’re better off with winter tyres — they grip at 5 °C and below, and they’re cheaper than a crash."));
  assert.ok(text.includes("A real Â£ sign stays as written."));
});

test("a list article whose entries sit in a box a chrome word names, beside a short intro: the entries are the article", () => {
  const entries = Array.from({ length: 12 }, (_, i) => i + 1).map(
    (n) => `<div class="entry"><h3>Café ${n}</h3><p>${prose("Café", n)} ${prose("The kitchen", n)}</p></div>`,
  );
  const areas = `<ul class="areas">${Array.from({ length: 30 }, (_, i) => `<li><a href="/area/${i}">Cafés in district number ${i}</a></li>`).join("")}</ul>`;
  const html = page(`<div class="page"><div class="page-lead"><p>${prose("The guide", 1)} ${prose("The guide", 2)}</p></div>${areas}
    <div class="page-footer"><div class="entries">${entries.join("")}</div></div></div>`);
  const text = textOf(html);
  for (const n of [1, 6, 12]) assert.ok(text.includes(prose("Café", n)), `entry ${n} kept`);
});

test("an affiliate disclosure and a footnotes box inside the article are not its text", () => {
  const html = page(`<article><h1>Choosing a kettle</h1>${[1, 2, 3].map((n) => `<p>${prose("The kettle", n)}</p>`).join("")}
    <div class="affiliate-disclosure"><p>When you buy through links on this page we may earn a small commission, which keeps the site running at no extra cost to you.</p></div>
    ${[4, 5].map((n) => `<p>${prose("The kettle", n)}</p>`).join("")}
    <div class="footnotes"><ol><li>Survey of thirty kitchen shops in the spring, published by the town's consumer office in its yearly review.</li></ol></div></article>`);
  const text = textOf(html);
  for (const n of [1, 2, 3, 4, 5]) assert.ok(text.includes(prose("The kettle", n)));
  assert.ok(!text.includes("small commission"));
  assert.ok(!text.includes("Survey of thirty kitchen shops"));
});

test("a product box of feature labels below the article does not join it for one sentence of prose", () => {
  const sentence = "Every feature of the planner below was built by our own small team in the town of Easthollow.";
  const html = page(`<div class="layout"><div class="post">${[1, 2, 3].map((n) => `<p>${prose("The route", n)}</p>`).join("")}</div>
    <div class="box"><div>Mara Quill</div><div>Keen hill walker</div><h4>What is Trailplan?</h4>
    ${["Maps", "Offline mode", "Weather", "Group trips", "Exports"].map((label) => `<h4>${label}</h4>`).join("")}<p>${sentence}</p></div></div>`);
  const text = textOf(html);
  for (const n of [1, 2, 3]) assert.ok(text.includes(prose("The route", n)));
  assert.ok(!text.includes("Offline mode"));
  assert.ok(!text.includes(sentence));
});

test("sections in boxes with a utility class that clips overflow ('overflow-hidden') are shown text, each of them kept", () => {
  const section = (name: string, paragraphs: number) =>
    `<section class="px-4"><div class="flex-col overflow-hidden"><div class="box"><div class="rich-text"><h2>${name}</h2>${[1, 2, 3]
      .slice(0, paragraphs).map((n) => `<p>${prose(name, n)}</p>`).join("")}</div></div></div></section>`;
  const html = `<!DOCTYPE html><html><head><title>Test page</title></head><body><nav><a href="/">Home</a></nav><main><h1>How to build a garden shed</h1>
    <div class="column">${section("Choosing a site", 2)}<hr>${section("Laying the base", 1)}<hr>${section("Raising the walls", 3)}</div></main></body></html>`;
  const text = textOf(html);
  for (const name of ["Choosing a site", "Laying the base", "Raising the walls"]) assert.ok(text.includes(prose(name, 1)), `section ${name} kept`);
  // A box that is hidden stays out.
  assert.ok(!textOf(page(`<main>${section("Choosing a site", 3)}<div class="hidden"><p>${prose("Hidden draft", 1)}</p></div></main>`)).includes("Hidden draft"));
});
