import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { gunzipHead, isGzip, sniffFormat } from "./sniff.js";

const bytes = (text: string) => new TextEncoder().encode(text);

test("the format comes from the content, past XML prologs, stylesheets, comments and doctypes", () => {
  const cases: [string, string][] = [
    ['\ufeff<?xml version="1.0"?>\n<?xml-stylesheet href="feed.xsl"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>', "feed"],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', "feed"],
    ['<?xml version="1.0"?><!DOCTYPE urlset><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', "sitemap"],
    ['<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>', "sitemap"],
    ['{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}', "feed"],
    ['{\n  "version": "https://jsonfeed.org/version/1",\n  "items": []\n}', "feed"],
    ['{"url": "https://a.example/1", "text": "One."}\n{"url": "https://a.example/2", "text": "Two."}\n', "jsonl"],
    ["WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"],
    ["<!doctype html><html><body><p>x</p></body></html>", "page"],
    ["<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "page"],
    ["{ Braces open this scraped text, which is not JSON.\n\nSecond paragraph.", "page"],
    ["Plain text report.\n\nSecond paragraph.", "page"],
  ];
  for (const [text, format] of cases) assert.equal(sniffFormat(bytes(text), "input.dat"), format, text.slice(0, 60));
});

test("a name breaks ties only: a .jsonl whose first line is broken is still JSON Lines", () => {
  assert.equal(sniffFormat(bytes('{"url": broken\n{"text": "fine"}\n'), "dump.jsonl"), "jsonl");
  assert.equal(sniffFormat(bytes('{"url": broken\n'), "dump.txt"), "page");
});

test("a gzipped head is unpacked for sniffing, even cut short", () => {
  const packed = gzipSync(bytes("WARC/1.1\r\n" + "x".repeat(100_000)));
  assert.ok(isGzip(packed));
  assert.equal(sniffFormat(gunzipHead(packed.subarray(0, 200)), "crawl.bin"), "warc");
  assert.equal(gunzipHead(bytes("not gzip at all")).length, 0);
});

test("a long head gives the answer its whole first 64 KB give, when its first bytes settle it and when they do not", () => {
  const filler = "x".repeat(10_000);
  const cases: [string, string][] = [
    [`<!doctype html><html lang="en"><head><title>Page</title></head><body><p>${filler}</p></body></html>`, "page"],
    [`<?xml version="1.0"?>\n<rss version="2.0"><channel><title>${filler}</title></channel></rss>`, "feed"],
    // The root element comes after the first 4 KB: a long comment, white space, a name cut at the boundary.
    [`<?xml version="1.0"?>\n<!-- ${"generated ".repeat(500)} -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${filler}</urlset>`, "sitemap"],
    [`${" ".repeat(4200)}\n<rss version="2.0"><channel/></rss>${filler}`, "feed"],
    [`${" ".repeat(4090)}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${filler}</rdf:RDF>`, "feed"],
    [`<?xml version="1.0"?>${" ".repeat(4096 - 21 - 3)}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${filler}</sitemapindex>`, "sitemap"],
    [`${"\n".repeat(6000)}WARC/1.1\r\nWARC-Type: warcinfo\r\n${filler}`, "warc"],
    [`{"version": "https://jsonfeed.org/version/1.1", "title": "${filler}", "items": []}`, "feed"],
    [`Plain text report.\n\n${filler}`, "page"],
  ];
  for (const [text, format] of cases) assert.equal(sniffFormat(bytes(text), "input.dat"), format, text.slice(0, 60));
});
