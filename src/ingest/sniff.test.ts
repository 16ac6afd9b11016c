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
