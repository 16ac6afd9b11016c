import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { Article, Claim } from "../../../types.js";

/** Invented reports of an invented vote. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-03-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");

test("the size of a body is a 'total' frame of no owner, in an existential or a partitive clause", () => {
  for (const text of [
    "There are 80 seats in the Varnish Assembly.",
    "There are a total of 80 seats in the national assembly of Varnia.",
    "Of the 80 seats in the Varnish Assembly, a party needs 41 for a majority.",
  ]) {
    const whole = framesOf(text).find((f) => f.key === "total seat");
    assert.equal(whole?.value, "80", text);
    assert.equal(whole?.owner, undefined, text);
    assert.equal(whole?.comparable, false, "never a side of a dispute");
  }
});

test("a toll or a party's seats is no whole", () => {
  assert.ok(!framesOf("A total of 12 homes in the village were destroyed.").some((f) => f.key.startsWith("total")));
  assert.ok(!framesOf("The Greens won 12 seats in the Varnish Assembly.").some((f) => f.key.startsWith("total")));
});

test("two reports naming the body differently corroborate its size", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      report("a", "There are 80 seats in the Varnish Assembly. The Greens won 12 seats."),
      report("b", "Of the 80 seats in the national parliament, the Greens won 12."),
    ].map((a) => analyzeArticle(a)),
  });
  const fact = aligned.facts.find((f) => f.key === "total seat");
  assert.equal(fact?.value, "80");
  assert.equal(fact?.status, "corroborated");
  assert.equal(aligned.conflicts.length, 0);
});
