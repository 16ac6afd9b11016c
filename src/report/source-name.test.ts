import { test } from "node:test";
import assert from "node:assert/strict";
import { publicSource, reportName, reportUrl } from "./source-name.js";

test("a report is named by its outlet, else its URL's site, else its file name without folders or extension", () => {
  assert.equal(reportName({ outlet: "The Morning Ledger", source: "/home/desk/crawl/001_c5484a34.html" }), "The Morning Ledger");
  assert.equal(reportName({ outlet: null, source: "https://www.example.org/news/a.html" }), "example.org");
  assert.equal(reportName({ outlet: null, source: "/home/desk/in/001_report.html.gz", canonicalUrl: "https://news.example.com/x" }), "news.example.com");
  assert.equal(reportName({ outlet: null, source: "/home/desk/in/valley-flood.txt" }), "valley-flood");
  assert.equal(reportName({ outlet: null, source: "C:\\Users\\desk\\flood.TXT" }), "flood");
});

test("a public source is a URL as it is, or a file's name: never a folder", () => {
  assert.equal(publicSource("https://example.org/a.html"), "https://example.org/a.html");
  assert.equal(publicSource("/tmp/run-1/inputs/a.txt"), "a.txt");
  assert.equal(publicSource("C:\\news\\b.html"), "b.html");
  assert.equal(publicSource("stdin"), "stdin");
  assert.equal(reportUrl({ outlet: null, source: "/tmp/a.html", canonicalUrl: "javascript:alert(1)" }), null, "only web addresses link out");
  assert.equal(reportUrl({ outlet: null, source: "/tmp/a.html", canonicalUrl: "https://example.org/a" }), "https://example.org/a");
});
