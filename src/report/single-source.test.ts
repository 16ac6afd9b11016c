import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "../align/index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import { renderBrief } from "./brief.js";
import { renderMarkdown } from "./markdown.js";
import { singleSourceClaims } from "./single-source.js";

// Three undated reports of a rising count, one of which alone names the depot's owner.
const toll = (id: string, count: number) =>
  analyzedArticle(id, `Officials said ${count} people were hurt in the Arlow depot fire.`, [
    { sentence: 0, kind: "quantity", key: "injured", value: String(count), number: count },
    ...(id === "c" ? [{ sentence: 0, kind: "entity" as const, key: "role: owner", value: "Tamsin Vell", display: "Tamsin Vell" }] : []),
  ]);
const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [toll("a", 4), toll("b", 9), toll("c", 15)] });

test("a figure shown as a step of a count's timeline is not listed again as a single-source claim", () => {
  assert.equal(aligned.updates.length, 1, "the rising count is one update");
  assert.ok(aligned.facts.some((f) => f.status === "single-source" && f.key === "injured"), "the steps are single-source facts");
  const keys = singleSourceClaims(aligned).map((f) => f.key);
  assert.ok(!keys.includes("injured"), keys.join(", "));
  assert.ok(keys.includes("role: owner"), keys.join(", "));
});

test("the brief and the Markdown list the same single-source claims", () => {
  const brief = renderBrief({ stories: [aligned], failures: [] }).split("ONLY ONE REPORT")[1]!.split("REPORTS")[0]!;
  assert.doesNotMatch(brief, /injured/);
  assert.match(brief, /Tamsin Vell/);
  const markdown = renderMarkdown({ stories: [aligned], failures: [] }).split("### Only one report")[1]!.split("### Reports")[0]!;
  assert.doesNotMatch(markdown, /injured/);
  assert.match(markdown, /Tamsin Vell/);
});
