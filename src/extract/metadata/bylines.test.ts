/** Bylines as pages show them (html-bylines.ts), read through readHtmlMetadata as the extractor does. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { creditFromByline } from "./authors.js";
import { readHtmlMetadata } from "./index.js";
import { parseHtml } from "../html/tree.js";

const BODY = "<p>The council met on Tuesday evening to hear from residents about the plans for the old mill site.</p>";

function authorsOf(head: string, body: string): string[] {
  return readHtmlMetadata(parseHtml(`<html><head>${head}</head><body>${body}${BODY}</body></html>`)).authors;
}

test("a label element names no one: the name is in the element after it", () => {
  assert.deepEqual(authorsOf("", `<div><p class="label">Written by</p><p class="name">Maren Holt</p></div>`), ["Maren Holt"]);
  assert.deepEqual(authorsOf("", `<section><h2>Article by</h2><div>Tobin Ashgrove</div></section>`), ["Tobin Ashgrove"]);
  // A label followed by a bio, not a name, gives nothing.
  assert.deepEqual(authorsOf("", `<div><p>Author</p><p>Writes about gardens and the weather, and has done so for many long years now.</p></div>`), []);
});

test("a text that opens with 'Written by' or 'by:' is a byline", () => {
  assert.deepEqual(authorsOf("", `<p>Written by Ilse Marchetti</p>`), ["Ilse Marchetti"]);
  assert.deepEqual(authorsOf("", `<p>by: <!-- -->Odo Fenwick<!-- -->, <!-- -->Dec 17, 2025</p>`), ["Odo Fenwick"]);
  assert.deepEqual(authorsOf("", `<div class="meta">Contributors: Petra Lindqvist</div>`), ["Petra Lindqvist"]);
  // "By continuing" opens with "By" too, but names no one, and its link is not a byline.
  assert.deepEqual(authorsOf("", `<p>By continuing you agree to our <a href="/privacy">Privacy Policy</a></p>`), []);
});

test("a byline element whose whole text is not names is read piece by piece", () => {
  const card = `<div class="post-author"><div class="name">Rosa Quintero</div><div class="role">Head of Growth</div><span>March 3, 2025</span></div>`;
  assert.deepEqual(authorsOf("", card), ["Rosa Quintero"]);
  assert.deepEqual(authorsOf("", `<div class="byline">By Hollis Brandt • March 12, 2025</div>`), ["Hollis Brandt"]);
});

test("credits that are not people's names are kept as written, after any person's name", () => {
  assert.deepEqual(authorsOf("", `<span itemprop="author">By <span>The Orchard Team</span></span>`), ["The Orchard Team"]);
  assert.deepEqual(authorsOf("", `<span class="story-byline">Posted by <a href="/~kes">KestrelFox</a></span>`), ["KestrelFox"]);
  assert.deepEqual(authorsOf("", `<span class="author">Anna Berg</span><span class="byline">By Staff</span>`), ["Anna Berg"]);
  assert.equal(creditFromByline("Author"), null);
  assert.equal(creditFromByline("page.head.extra.author"), null);
  assert.equal(creditFromByline("Updated 3 March 2025"), null);
});

test("the site named as author gives way to a person's byline", () => {
  const head = `<meta name="author" content="Larchmont Tools"><meta property="og:site_name" content="Larchmont Tools">`;
  assert.deepEqual(authorsOf(head, `<div class="author-name">Priya Natarajan</div>`), ["Priya Natarajan"]);
  assert.deepEqual(authorsOf(head, ""), ["Larchmont Tools"]);
});

test("a comment form's author field is not a byline", () => {
  assert.deepEqual(authorsOf("", `<form><p class="comment-form-author"><label>Your Name</label></p></form>`), []);
});
