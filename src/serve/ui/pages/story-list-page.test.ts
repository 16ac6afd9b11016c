import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import type { StorySummary } from "../../../store/store.js";
import { renderStoryListPage } from "./story-list-page.js";

function summary(headline: string, disputed: number): StorySummary {
  return {
    headline,
    firstPublished: "2026-03-03",
    lastPublished: "2026-03-05",
    reports: 5,
    independentOutlets: 4,
    disputed,
    articles: [{ id: "harbour-wire", source: "harbour-wire.txt", outlet: "Harbour Wire", title: headline, published: "2026-03-03" }],
  };
}

const render = (input: Parameters<typeof renderStoryListPage>[0]) => new JSDOM(renderStoryListPage(input)).window.document;

test("each story is a row linking to its page, with dates, counts and disputes", () => {
  const page = render({ stories: [{ id: "s-ferry", summary: summary("Ferry sinks off Port Vell", 2) }, { id: "s-flood", summary: summary("River floods Kellmoor", 0) }], query: "", total: 7 });
  assert.equal(page.querySelector(".result-count")?.textContent, "2 of 7 stories");
  const rows = [...page.querySelectorAll(".story-table tbody tr")];
  assert.equal(rows.length, 2);
  const cells = [...rows[0]!.querySelectorAll("td")].map((td) => td.textContent?.replace(/\s+/g, " ").trim());
  assert.deepEqual(cells, ["Ferry sinks off Port Vell Harbour Wire", "3 Mar 2026 – 5 Mar 2026", "5", "4", "2"]);
  // On a phone each count is shown after its label ("Disputed points 2"): the badge does not repeat the word.
  assert.equal(rows[0]!.querySelectorAll("td")[4]!.getAttribute("data-label"), "Disputed points");
  assert.equal(rows[0]!.querySelector("a")?.getAttribute("href"), "/stories/s-ferry");
  assert.equal(rows[1]!.querySelector(".badge")?.textContent, "none");
});

test("the search box keeps the query and the count says what it matched", () => {
  const page = render({ stories: [{ id: "s-ferry", summary: summary("Ferry sinks off Port Vell", 0) }], query: "ferry", total: 7 });
  const form = page.querySelector("form.search")!;
  assert.equal(form.getAttribute("method"), "get");
  assert.equal(form.getAttribute("action"), "/");
  assert.equal(form.querySelector("input[name=q]")?.getAttribute("value"), "ferry");
  assert.match(page.querySelector(".result-count")?.textContent ?? "", /^1 of 7 stories matching “ferry”/);
});

test("empty states: nothing stored points to the add page; nothing matched offers all stories", () => {
  const empty = render({ stories: [], query: "", total: 0 });
  assert.equal(empty.querySelector(".empty-panel h2")?.textContent, "No stories yet");
  assert.ok(empty.querySelector('.empty-panel a[href="/add"]'));
  const none = render({ stories: [], query: "volcano", total: 4 });
  assert.equal(none.querySelector(".empty-panel h2")?.textContent, "No story matches “volcano”");
  assert.ok(none.querySelector('.empty-panel a[href="/"]'));
  assert.equal(none.querySelector("table"), null);
});
