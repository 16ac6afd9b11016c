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
  assert.deepEqual(results("Cardinal Jan Novak, 70, was elected pope on Thursday."), [["winner", "Jan Novak"]]);
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
  assert.deepEqual(roles("Tavi Marsh, who was named Harbour Cup MVP later in the night, threw twice."), [["role: most valuable player", "Tavi Marsh"]]);
  assert.deepEqual(roles("Ana Ruiz was named the new coach on Friday."), [["role: coach", "Ana Ruiz"]]);
  assert.deepEqual(roles("Tom Lee named Ana Ruiz coach on Friday."), []);
});

test("a win told with other verbs names both sides, the loser's whole name read across the finder's pieces", () => {
  assert.deepEqual(results("The Harbour City Gulls crushed last year's champions the Lakeside Rovers 38-17 on Sunday."), [["winner", "Harbour City Gulls"], ["loser", "Lakeside Rovers"]]);
  assert.deepEqual(results("The Harbour City Gulls soared to victory over the Lakeside Rovers with a final score of 3-1."), [["winner", "Harbour City Gulls"], ["loser", "Lakeside Rovers"]]);
  assert.deepEqual(results("Marta Quill triumphed over Ines Varga in the final."), [["winner", "Marta Quill"], ["loser", "Ines Varga"]]);
});

test("'B lost to A' names the loser first; a verb before a place or a preposition names no one", () => {
  assert.deepEqual(results("The Lakeside Rovers lost to the Harbour City Gulls on Sunday."), [["loser", "Lakeside Rovers"], ["winner", "Harbour City Gulls"]]);
  assert.deepEqual(results("The storm crushed homes in Port Vell."), []);
});

test("'named the game's most valuable player' and a headline's 'named MVP' give the honour", () => {
  const roles = (text: string) => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "ANALYZE_NAMED_TO_ROLE").map((c) => [c.key, c.display]);
  assert.deepEqual(roles("Tavi Marsh was named the game's most valuable player."), [["role: most valuable player", "Tavi Marsh"]]);
  assert.deepEqual(roles("Tavi Marsh named MVP as Gulls take the cup"), [["role: most valuable player", "Tavi Marsh"]]);
});

test("the places in the clause of a result are where it happened; a place in a later clause is not", () => {
  const places = (text: string) => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "FRAME_RESULT_PLACE").map((c) => c.display);
  assert.deepEqual(places("The Gulls beat the Rovers 3-1 on Sunday at the Westmark Arena in Lakeport."), ["Westmark Arena", "Lakeport"]);
  assert.deepEqual(places("The Gulls beat the Rovers 3-1, a year after the riot in Lakeport."), []);
});

test("an earlier meeting the story recalls is kept apart from the result it tells", () => {
  assert.deepEqual(results("The Gulls beat the Rovers in 2027 at the same ground."), []);
  const earlier = (text: string) => analyzeArticle(report("r", text)).claims.filter((c) => c.key.startsWith("earlier")).map((c) => [c.key, c.display]);
  assert.deepEqual(earlier("The Gulls beat the Rovers in 2027 at the same ground."), [["earlier winner", "Gulls"], ["earlier loser", "Rovers"]]);
  assert.deepEqual(earlier("The Gulls avenged a loss to the Rovers two seasons ago."), [["earlier winner", "Rovers"]]);
});

test("an honour earned or won without 'named' goes to the clause's subject or to the possessive before it", () => {
  const honours = (text: string) => analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "ANALYZE_HONOUR").map((c) => [c.key, c.display]);
  assert.deepEqual(honours("Gulls captain Tavi Marsh was superb, scoring twice en route to earning Harbour Cup MVP honours."), [["role: most valuable player", "Tavi Marsh"]]);
  assert.deepEqual(honours("Fans cheered Tavi Marsh's MVP performance."), [["role: most valuable player", "Tavi Marsh"]]);
});
