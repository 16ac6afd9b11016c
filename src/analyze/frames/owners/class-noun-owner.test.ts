import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../../types.js";

/** "The party", "the company's": a figure owned by the organisation the sentence before named. */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const seatsOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity" && c.measure === "seat");
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });

const NAMED = "In second place came the Harvest Front, led by Ana Ruiz, which won 19.2 percent of the votes.";

test("a figure in a sentence that calls the organisation named before by its kind ('the party's') is that organisation's", () => {
  const [seats] = seatsOf(`${NAMED} It was the party's best result since 1990: a haul of 52 seats.`);
  assert.equal(seats?.owner, "harvest front");
  const [ruling] = seatsOf(`${NAMED} The young party now holds 52 seats.`);
  assert.equal(ruling?.owner, "harvest front");
});

test("a sentence that names an organisation of its own, a name after the kind, or a mention too far back owns nothing by kind", () => {
  assert.equal(seatsOf(`${NAMED} The party and the Civic Union hold 52 seats.`).some((c) => c.owner === "harvest front"), false);
  assert.equal(seatsOf(`${NAMED} The group of 52 seats in the gallery was full.`)[0]?.owner, undefined);
  assert.equal(seatsOf(`${NAMED} The vote was calm. Turnout was high. Observers were pleased. It was the party's best result: 52 seats.`)[0]?.owner, undefined);
});

test("two reports' seat counts for one party, one naming it and one calling it 'the party', are set against each other", () => {
  const aligned = story(
    "The Harvest Front holds 53 seats in the new chamber.",
    `${NAMED} It was the party's best result since 1990: a haul of 52 seats.`,
  );
  const conflict = aligned.conflicts.find((c) => /^seat/.test(c.key) && c.positions.some((p) => p.value === "52"));
  assert.deepEqual(conflict?.positions.map((p) => p.value).sort(), ["52", "53"]);
});
