import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { Article, Claim } from "../../types.js";

/** Who won, lost or was elected, on short texts written for these tests; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const results = (text: string): [string, string][] =>
  analyzeArticle(report("r", text)).claims.filter((c: Claim) => c.key === "winner" || c.key === "loser").map((c) => [c.key, c.display]);

test("'A beat B' names the winner and the loser", () => {
  assert.deepEqual(results("Harbour City beat Lakeside Rovers 3-1 on Saturday."), [["winner", "Harbour City"], ["loser", "Lakeside Rovers"]]);
});

test("a contest won, a prize won and an election are results; seats won are a count, not a win", () => {
  assert.deepEqual(results("Ana Ruiz won the Golden Pen Prize."), [["winner", "Ana Ruiz"]]);
  assert.deepEqual(results("Cardinal Jan Novak, 70, was elected pope on Thursday."), [["winner", "Cardinal Jan Novak"]]);
  assert.deepEqual(results("The Greens won 52 seats."), []);
});

test("a name after 'of' is not who was elected", () => {
  assert.deepEqual(results("A new leader of the Northern Synod has been elected by delegates."), []);
});

test("the winner two reports name is one fact; another win the story recalls is no dispute", () => {
  const aligned = alignStory({
    id: "s", headline: "h", reprintGroups: [],
    articles: [
      report("a", "Ana Ruiz won the Golden Pen Prize on Friday."),
      report("b", "Ana Ruiz was awarded the Golden Pen Prize. Last year Marco Bell won the prize."),
    ].map((a) => analyzeArticle(a)),
  });
  const winner = aligned.facts.find((f) => f.key === "winner" && f.reports === 2);
  assert.equal(winner?.display, "Ana Ruiz");
  assert.deepEqual(aligned.conflicts.filter((c) => c.key === "winner"), []);
});

test("a person named to an office or an honour, in the passive or an aside, holds it; the one who names holds nothing", () => {
  const roles = (text: string) => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "ANALYZE_NAMED_TO_ROLE").map((c) => [c.key, c.display]);
  assert.deepEqual(roles("Jalen Marsh, who was named Harbour Cup MVP later in the night, threw twice."), [["role: most valuable player", "Jalen Marsh"]]);
  assert.deepEqual(roles("Ana Ruiz was named the new coach on Friday."), [["role: coach", "Ana Ruiz"]]);
  assert.deepEqual(roles("Tom Lee named Ana Ruiz coach on Friday."), []);
});
