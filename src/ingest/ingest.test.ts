import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectInputs } from "./index.js";
import { DEFAULT_OPTIONS } from "../config.js";

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-ingest-"));
  mkdirSync(join(dir, "nested"));
  writeFileSync(join(dir, "one.txt"), "A report.");
  writeFileSync(join(dir, "nested", "two.html"), "<html><body><p>A page.</p></body></html>");
  writeFileSync(join(dir, "nested", "one.txt"), "Same name, other folder.");
  writeFileSync(join(dir, "notes.json"), "{}");
  return dir;
}

test("a directory yields its report files recursively, with unique ids and guessed types", async () => {
  const dir = fixtureDir();
  const { documents, failures } = await collectInputs([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(documents.map((d) => d.id).sort(), ["one", "one-2", "two"]);
  assert.equal(documents.find((d) => d.id === "two")?.contentType, "text/html");
  assert.equal(documents.find((d) => d.id === "one")?.contentType, "text/plain");
});

test("globs expand; a glob that matches nothing is a failure naming it", async () => {
  const dir = fixtureDir();
  const { documents, failures } = await collectInputs([join(dir, "**/*.html"), join(dir, "*.pdf")]);
  assert.deepEqual(documents.map((d) => d.id), ["two"]);
  assert.equal(failures.length, 1);
  assert.match(failures[0]!.message, /no files match .*\.pdf/);
});

test("a missing path is a failure; the other inputs are still read", async () => {
  const dir = fixtureDir();
  const { documents, failures } = await collectInputs([join(dir, "missing.txt"), join(dir, "one.txt")]);
  assert.equal(documents.length, 1);
  assert.match(failures[0]!.message, /no such file or directory: .*missing\.txt/);
});

test("a file over the size limit is refused with its size", async () => {
  const dir = fixtureDir();
  writeFileSync(join(dir, "big.txt"), "x".repeat(2048));
  const { documents, failures } = await collectInputs([join(dir, "big.txt")], { ...DEFAULT_OPTIONS.ingest, maxBytes: 1024 });
  assert.equal(documents.length, 0);
  assert.match(failures[0]!.message, /over the 1 KB limit/);
});

test("'-' reads standard input", async () => {
  const { documents } = await collectInputs(["-"], DEFAULT_OPTIONS.ingest, async () => new TextEncoder().encode("<!doctype html><p>x</p>"));
  assert.equal(documents[0]?.source, "stdin");
  assert.equal(documents[0]?.contentType, "text/html");
});

test("an empty directory is a failure that says what was looked for", async () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-empty-"));
  const { failures } = await collectInputs([dir]);
  assert.match(failures[0]!.message, /no reports in .* \(looked for \.txt/);
});

test("gzipped pages (.html.gz) are unpacked, typed as HTML, and their ids drop the whole ending", async () => {
  const { gzipSync } = await import("node:zlib");
  const dir = mkdtempSync(join(tmpdir(), "corroborate-gz-"));
  writeFileSync(join(dir, "saved-page.html.gz"), gzipSync("<html><body><p>A page.</p></body></html>"));
  writeFileSync(join(dir, "other.htm.gz"), gzipSync("<p>Another page.</p>"));
  const { documents, failures } = await collectInputs([dir]);
  assert.deepEqual(failures, []);
  assert.deepEqual(documents.map((d) => d.id).sort(), ["other", "saved-page"]);
  const page = documents.find((d) => d.id === "saved-page")!;
  assert.equal(page.contentType, "text/html");
  assert.equal(new TextDecoder().decode(page.bytes), "<html><body><p>A page.</p></body></html>");
  assert.equal(page.source, join(dir, "saved-page.html.gz"));
});

test("a broken .gz file and one that unpacks over the size limit are failures with a message", async () => {
  const { gzipSync } = await import("node:zlib");
  const dir = mkdtempSync(join(tmpdir(), "corroborate-gz-"));
  writeFileSync(join(dir, "broken.html.gz"), "not gzip at all");
  writeFileSync(join(dir, "bomb.html.gz"), gzipSync(Buffer.alloc(4096, 0x20)));
  const { documents, failures } = await collectInputs([dir], { ...DEFAULT_OPTIONS.ingest, maxBytes: 1024 });
  assert.equal(documents.length, 0);
  assert.match(failures.find((f) => f.source.endsWith("broken.html.gz"))!.message, /not a readable gzip file/);
  assert.match(failures.find((f) => f.source.endsWith("bomb.html.gz"))!.message, /unpacks to over the 1 KB limit/);
});

test("a small gzipped feed is sniffed from the whole of it unpacked, however far its head unpacks", async () => {
  const { gzipSync } = await import("node:zlib");
  const dir = mkdtempSync(join(tmpdir(), "corroborate-gz-"));
  // Long, repetitive entries: a few kilobytes packed, megabytes unpacked (the head's own unpacking was capped, and the feed read as a page).
  const body = "The harbour board met again on Thursday to discuss the ferry timetable. ".repeat(20_000);
  const items = ["Ferry timetable", "Quay repairs"].map((title, i) => `<item><title>${title}</title><link>https://example.org/news/${i}</link><description>${body}</description></item>`);
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>${items.join("")}</channel></rss>`;
  const packed = gzipSync(feed);
  assert.ok(packed.length < 64 * 1024 && feed.length > 1024 * 1024, "packed under the sniffed head, unpacked far beyond it");
  writeFileSync(join(dir, "harbour.xml.gz"), packed);
  const { documents, failures } = await collectInputs([dir], { follow: false });
  assert.deepEqual(failures, []);
  assert.equal(documents.length, 2);
});

test("URLs are fetched through the guarded fetcher; a refused or malformed one is a failure naming it", async () => {
  const { documents, failures } = await collectInputs(["http://127.0.0.1/report", "ftp://example.org/report.txt"]);
  assert.equal(documents.length, 0);
  assert.deepEqual(failures.map((f) => f.source), ["http://127.0.0.1/report", "ftp://example.org/report.txt"]);
  assert.match(failures[0]!.message, /not on the public internet/);
  assert.match(failures[1]!.message, /only http and https/);
});
