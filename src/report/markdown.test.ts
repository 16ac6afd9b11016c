import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "../align/index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import { renderMarkdown } from "./markdown.js";

const toll = (id: string, count: number, published: string | null) =>
  analyzedArticle(id, `Officials said ${count} people were hurt in the Arlow depot fire.`, [
    { sentence: 0, kind: "quantity", key: "injured", value: String(count), number: count },
  ], { published });

function timeline(published: (string | null)[]): string {
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [toll("a", 4, published[0]!), toll("b", 9, published[1]!), toll("c", 15, published[2]!)] });
  assert.equal(aligned.updates.length, 1, "the rising count is one update");
  return renderMarkdown({ stories: [aligned], failures: [] }).split("### Updated over time")[1]!.split("###")[0]!;
}

test("a timeline with no dated step says 'undated' nowhere; a dated one gives its days in words", () => {
  const undated = timeline([null, null, null]);
  assert.match(undated, /^ {2}- 9: b$/m);
  assert.doesNotMatch(undated, /undated/);
  assert.match(timeline(["2031-04-09", "2031-04-10", "2031-04-11"]), /^ {2}- 9, 10 Apr 2031: b$/m);
});
