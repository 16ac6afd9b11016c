import { test } from "node:test";
import assert from "node:assert/strict";
import { reportName } from "./report-name.js";

test("a report is named by its outlet, else its site, else its file name without path, extension or hash", () => {
  assert.equal(reportName({ outlet: "Harbour Wire", source: "/data/x/001_c5484a34b9b3c77c.txt", id: "001_c5484a34b9b3c77c" }), "Harbour Wire");
  assert.equal(reportName({ outlet: null, source: "https://www.example.org/news/a.html", id: "a" }), "example.org");
  assert.equal(reportName({ outlet: null, source: "/data/x/a.txt", canonicalUrl: "https://news.example.net/a", id: "a" }), "news.example.net");
  assert.equal(reportName({ outlet: null, source: "/home/me/reports/001_c5484a34b9b3c77c.txt", id: "001_c5484a34b9b3c77c" }), "001");
  assert.equal(reportName({ outlet: null, source: "C:\\reports\\bbc.co.uk.html.gz", id: "bbc" }), "bbc.co.uk");
  assert.equal(reportName({ outlet: null, source: "saved/kellport-gazette-2026-03-04.txt", id: "k" }), "kellport-gazette-2026-03-04");
  assert.equal(reportName({ outlet: "  ", source: "pasted report", id: "pasted report" }), "pasted report");
});
