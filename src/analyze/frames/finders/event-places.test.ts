import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import type { Article } from "../../../types.js";

/** Places of named events, on short texts written for these tests; names are invented. */
function report(text: string): Article {
  return { id: "r", source: "r.txt", outlet: "Outlet", title: "r", published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const places = (text: string) => analyzeArticle(report(text)).claims.filter((c) => c.rule === "FRAME_EVENT_PLACE").map((c) => [c.key, c.display]);

test("a named event's place is the first place its own clause gives", () => {
  assert.deepEqual(places("The Ridgeline Fire broke out on Tuesday morning in Fernhill."), [["place: ridgeline fire", "Fernhill"]]);
});

test("a place after another clause or another event is not the event's", () => {
  assert.deepEqual(places("The Ridgeline Fire grew overnight, and crews were sent to Fernhill."), []);
  assert.deepEqual(places("Nine died in the Ridgeline Fire and four in the Cedar Fire in Fernhill."), [["place: cedar fire", "Fernhill"]]);
});

test("a place named as a kind of place ('the hill town of X') is the event's", () => {
  const text = "The worst of the fires is the Cedar Fire in the small coastal community of Marlowby. Houses burned in Marlowby.";
  assert.deepEqual(places(text), [["place: cedar fire", "Marlowby"]]);
  // "the community of X" alone makes X a place (ENTITY_PLACE_CUE_BEFORE).
  assert.deepEqual(places("The Cedar Fire in the coastal community of Marlowby grew overnight."), [["place: cedar fire", "Marlowby"]]);
  assert.deepEqual(places("The Cedar Fire grew after the devastation of the town of Marlowby, in Marlowby."), []);
});

test("a clause that only says where the event began keeps its place with the event", () => {
  assert.deepEqual(places("The Ridgeline fire, which began in Fernhill, has burned 4,000 acres."), [["place: ridgeline fire", "Fernhill"]]);
  assert.deepEqual(places("The Cedar fire, starting in Marlowby, has scorched 2,000 acres."), [["place: cedar fire", "Marlowby"]]);
  assert.deepEqual(places("The Ridgeline fire, which crews fought all week, spread to Fernhill."), []);
});

test("a place before a title and a name says whose officer, not where the event was", () => {
  assert.deepEqual(places("The Ridgeline Fire was declared a disaster at Westmark Gov. Tilda Brenn's request."), []);
  assert.deepEqual(places("The Ridgeline Fire was declared a disaster in Fernhill at Gov. Tilda Brenn's request."), [["place: ridgeline fire", "Fernhill"]]);
});
