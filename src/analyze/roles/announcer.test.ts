import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { Article } from "../../types.js";

/** Who made the announcement, on short texts written for these tests; names are invented. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const announcers = (text: string) =>
  analyzeArticle(report("r", text)).claims.filter((c) => c.rule === "ROLE_ANNOUNCER").map((c) => [c.key, c.display]);

test("the announcer: 'announced … by', 'the announcement by', 'made the announcement'", () => {
  assert.deepEqual(announcers("The new abbot was announced from the steps by Bishop Tomas Vell."), [["role: announcer", "Tomas Vell"]]);
  assert.deepEqual(announcers("The result came with the announcement by Judge Tomas Vell, head of the jury."), [["role: announcer", "Tomas Vell"]]);
  assert.deepEqual(announcers("At noon, the chief judge, Judge Tomas Vell, delivered the formal announcement to the crowd."), [["role: announcer", "Tomas Vell"]]);
  assert.deepEqual(announcers("Tomas Vell said the announcement would come later."), []);
});

test("a form of address is no part of the name: 'His Excellency Ambassador Tomas Vell'", () => {
  assert.deepEqual(announcers("The treaty was announced at dusk by His Excellency Ambassador Tomas Vell."), [["role: announcer", "Tomas Vell"]]);
});

test("two reports naming different people for the announcement contradict each other", () => {
  const articles = [
    report("a", "The new abbot was announced from the steps by Bishop Tomas Vell."),
    report("b", "The new abbot was announced from the steps by Bishop Piet Osmund."),
  ].map((a) => analyzeArticle(a));
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles });
  assert.deepEqual(aligned.conflicts.map((c) => c.key), ["role: announcer"]);
});
