import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { Article } from "../../types.js";

/** An undated report's weekdays read against the story's publish dates; texts and names invented. */
function report(id: string, text: string, published: string | null): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}

test("an undated report's 'on Sunday' corroborates the day a dated report gives, and is never a dispute", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      report("a", "The Ridgeline fire started on Sunday near Fernhill.", "2031-05-10"),
      report("b", "The Ridgeline fire started on Sunday near Fernhill.", null),
      report("c", "The Ridgeline fire started on Monday near Fernhill.", null),
    ].map((a) => analyzeArticle(a)),
  });
  const sunday = aligned.facts.find((f) => f.value === "2031-05-04");
  assert.equal(sunday?.reports, 2);
  assert.ok(aligned.facts.some((f) => f.value === "2031-05-05"));
  assert.deepEqual(aligned.conflicts.filter((c) => c.key.startsWith("date")), []);
});

test("a story with no dated report leaves undated weekdays unread", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [report("a", "The Ridgeline fire started on Sunday.", null), report("b", "The Ridgeline fire started on Sunday.", null)].map((a) => analyzeArticle(a)),
  });
  assert.deepEqual(aligned.facts.filter((f) => f.key.startsWith("date")), []);
});
