/** Hostile and broken HTML: no crash, bounded time, a clear message when nothing can be extracted. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../index.js";
import { CorroborateError } from "../../errors.js";
import type { RawDocument } from "../../types.js";
import { cpuTimed as timed } from "../../../test/helpers/cpu-time.js";

const PARAGRAPH = "The river authority said on Thursday that the water level at the old mill had fallen by a metre overnight, and that the road along the bank would reopen by the weekend.";

const page = (html: string | Uint8Array, source = "pages/page.html"): RawDocument => ({
  id: "page", source, bytes: typeof html === "string" ? new TextEncoder().encode(html) : html, contentType: "text/html", fetchedAt: "",
});

test("10,000-deep nesting of blocks and of inline elements: no stack overflow, text found", () => {
  for (const [open, close] of [["<div>", "</div>"], ["<span><b>", "</b></span>"], ["<li><ul>", "</ul></li>"]] as const) {
    const html = `<html><body>${open.repeat(10_000)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${close.repeat(10_000)}</body></html>`;
    const { result, ms } = timed(() => extractArticle(page(html)));
    assert.ok(result.text.includes(PARAGRAPH), open);
    assert.ok(ms < 3000, `${open}: ${ms} ms`);
  }
});

test("unclosed 10,000-deep nesting and a 10,000-deep JSON-LD array do not crash", () => {
  const json = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
  const html = `<html><head><script type="application/ld+json">${json}</script></head><body>${"<div><p>".repeat(10_000)}${PARAGRAPH}`;
  const article = extractArticle(page(html));
  assert.ok(article.text.includes(PARAGRAPH));
});

test("a 10 MB page is extracted in bounded time", () => {
  const chrome = `<nav>${'<a href="/x">Section</a> '.repeat(20)}</nav>`;
  // Numbered, so that no paragraph repeats another: a run of repeated paragraphs is a second copy (repeats.ts).
  const count = Math.ceil((10 * 1024 * 1024) / (PARAGRAPH.length + 7));
  const body = Array.from({ length: count }, (_, i) => `<p>Part ${i}: ${PARAGRAPH}</p>`).join("");
  const html = `<html><body>${chrome}<article>${body}</article>${chrome}</body></html>`;
  assert.ok(html.length >= 10 * 1024 * 1024);
  const { result, ms } = timed(() => extractArticle(page(html)));
  assert.ok(result.paragraphs.length > 50_000);
  assert.ok(ms < 20_000, `${ms} ms`);
});

test("binary data named .html is refused with E_BINARY, not parsed", () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  assert.throws(() => extractArticle(page(bytes, "pages/photo.html")), (error: unknown) =>
    error instanceof CorroborateError && error.code === "E_BINARY" && /pages\/photo\.html/.test(error.message));
});

test("pages with no article: a clear E_NO_TEXT message naming the file", () => {
  for (const html of [
    `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024 Example</footer></body></html>`,
    `<html><body><div class="comments"><p>${PARAGRAPH}</p></div></body></html>`.replace(/<div class="comments">.*<\/div>/, "<div></div>"),
    "<html><body><p>Menu</p><p>Search</p><div><span>   </span></div></body></html>",
  ]) {
    assert.throws(() => extractArticle(page(html)), (error: unknown) =>
      error instanceof CorroborateError && error.code === "E_NO_TEXT" && /pages\/page\.html/.test(error.message));
  }
});

test("malformed markup: stray closes, unquoted attributes, tags cut off at the end", () => {
  const html = `<html><body></span></div><div class=story id=x><p>${PARAGRAPH}</b></i><p>${PARAGRAPH.replace("Thursday", "Friday")}</td></tr><p class="unterminated`;
  const article = extractArticle(page(html));
  assert.equal(article.paragraphs.length, 2);
});
