import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { alignStory } from "../../../align/index.js";
import { analyzedArticle } from "../../../../test/helpers/analyzed.js";
import { indexReports } from "../kit/index.js";
import { renderUpdatesSection } from "./updates-section.js";

const toll = (id: string, count: number, published: string | null) =>
  analyzedArticle(id, `Officials said ${count} people were hurt in the Arlow depot fire.`, [
    { sentence: 0, kind: "quantity", key: "injured", value: String(count), number: count },
  ], { published });

function earlierLines(published: (string | null)[]): string[] {
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [toll("a", 4, published[0]!), toll("b", 9, published[1]!), toll("c", 15, published[2]!)] });
  assert.equal(aligned.updates.length, 1, "the rising count is one update");
  const doc = new JSDOM(renderUpdatesSection(aligned, indexReports(aligned)).toString()).window.document;
  return [...doc.querySelectorAll(".latest-earlier li")].map((li) => li.textContent!.replace(/\s+/g, " ").trim());
}

test("a count whose reports give no day does not repeat 'undated' on every earlier figure", () => {
  const lines = earlierLines([null, null, null]);
  assert.equal(lines.length, 2);
  for (const line of lines) assert.doesNotMatch(line, /undated/);
});

test("a count with dated figures gives each figure's day in words", () => {
  const lines = earlierLines(["2031-04-09", "2031-04-10", "2031-04-11"]);
  assert.match(lines.join("\n"), /was 9 on 10 Apr 2031 · /);
});
