import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "../align/index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import { renderBrief } from "./brief.js";

const report = (id: string) =>
  analyzedArticle(id, `The bridge closed on Tuesday and 9 people were hurt, report ${id} said.`, [
    { sentence: 0, kind: "quantity", key: "injured", value: "9", number: 9 },
  ], { published: "2031-03-04" });

test("the reports table shows ids whole, so ids that share a long prefix stay apart", () => {
  const ids = ["harbour-bridge-closure-2031__coast-radio", "harbour-bridge-closure-2031__valley-times"];
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: ids.map(report) });
  const table = renderBrief({ stories: [aligned], failures: [] }).split("REPORTS")[1]!;
  for (const id of ids) assert.match(table, new RegExp(`^  ${id} +\\d`, "m"));
});

test("a count the outlets agreed on and that moved on since is marked with its latest figure", () => {
  const dayOne = (id: string) => analyzedArticle(id, `Officials said 9 people were hurt, report ${id} said.`, [
    { sentence: 0, kind: "quantity", key: "injured", value: "9", number: 9 },
  ], { published: "2031-03-04" });
  const dayTwo = analyzedArticle("later", "Officials said 14 people were hurt.", [
    { sentence: 0, kind: "quantity", key: "injured", value: "14", number: 14 },
  ], { published: "2031-03-06" });
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [dayOne("a"), dayOne("b"), dayTwo] });
  const agreed = renderBrief({ stories: [aligned], failures: [] }).split("DISPUTED")[0]!;
  assert.match(agreed, /injured: 9 .*since updated: 14 \(6 Mar 2031\)/);
});

test("dates read as words: the story's span, an agreed date and a single-source date", () => {
  const dated = (id: string, day: string) => analyzedArticle(id, `The bridge closed on March 9, report ${id} said.`, [
    { sentence: 0, kind: "date", key: "date: closure", value: day, display: day },
  ], { published: id === "a" ? "2031-03-10" : "2031-03-11" });
  const aligned = alignStory({ id: "s", headline: "h", reprintGroups: [], articles: [dated("a", "2031-03-09"), dated("b", "2031-03-09")] });
  const brief = renderBrief({ stories: [aligned], failures: [] });
  assert.match(brief, /10 Mar 2031 – 11 Mar 2031/);
  assert.match(brief, /date of the closure: 9 Mar 2031/);
  assert.doesNotMatch(brief, /\b2031-03-\d\d\b/);
});
