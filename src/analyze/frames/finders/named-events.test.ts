import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../../index.js";
import { alignStory } from "../../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../../types.js";

/** Figures of named events (two fires of one story), on short texts written for these tests; names are invented. */
function report(id: string, text: string, published = "2031-08-10"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });

test("a toll linked to a named fire by 'from', 'to' or 'in' belongs to that fire, whatever the case of 'fire'", () => {
  const frames = framesOf("Officials said 12 people died in the Harbor Fire and 3 died from the Pine fire.");
  const owners = frames.filter((f) => f.key === "killed").map((f) => [f.value, f.owner]);
  assert.deepEqual(owners, [["12", "harbor fire"], ["3", "pine fire"]]);
});

test("a toll of several named fires together belongs to none of them", () => {
  const [toll] = framesOf("Four people have died in the Harbor and Pine fires.").filter((f) => f.key === "killed");
  assert.equal(toll?.value, "4");
  assert.equal(toll?.owner, undefined);
});

test("'It' and 'the fire' speak of the fire named just before: its acres and containment are its own", () => {
  const frames = framesOf("The Harbor fire grew overnight. It has burned more than 2,300 acres. It is at 40% containment.\n\nPine fire\n\n- Containment: The fire was 10% contained on Monday.");
  const acres = frames.find((f) => f.measure === "acre");
  assert.equal(acres?.owner, "harbor fire");
  const contained = frames.filter((f) => f.measure === "contained").map((f) => [f.value, f.owner]);
  assert.deepEqual(contained, [["40", "harbor fire"], ["10", "pine fire"]]);
});

test("a pronoun with no event named in the sentence before owns nothing", () => {
  const frames = framesOf("The Harbor fire grew overnight. Crews rested on Sunday. It has burned more than 2,300 acres.");
  assert.equal(frames.find((f) => f.measure === "acre")?.owner, undefined);
});

test("a place later in the figure's clause owns it: 'were killed by the flooding in Marlow County'", () => {
  const [toll] = framesOf("At least 30 people were killed by the flooding in Marlow County, the sheriff said.").filter((f) => f.key === "killed");
  assert.equal(toll?.owner, "marlow county");
});

test("two fires' containment over three days are two timelines, not a dispute", () => {
  const aligned = story(
    report("d1", "The Harbor Fire was 10% contained and the Pine Fire was 25% contained, officials said.", "2031-08-10"),
    report("d2", "The Harbor Fire was 35% contained, while the Pine Fire was 50% contained.", "2031-08-12"),
    report("d3", "The Harbor Fire was 70% contained on Friday.", "2031-08-14"),
  );
  assert.deepEqual(aligned.conflicts, []);
  const harbor = aligned.updates.find((u) => /contained: Harbor Fire/i.test(u.key));
  assert.deepEqual(harbor?.steps.map((s) => s.value), ["10", "35", "70"]);
  const pine = aligned.updates.find((u) => /contained: Pine Fire/i.test(u.key));
  assert.deepEqual(pine?.steps.map((s) => s.value), ["25", "50"]);
});

test("the parts of a total after it, each with its place or event, are the same measure for each owner", () => {
  const frames = framesOf("The two fires have claimed at least 31 lives—18 in the Harbor Fire and 13 in the Pine Fire. The governor confirmed 121 fatalities, including 98 in Marlow County and 23 in other parts of the state.");
  const tolls = frames.filter((f) => f.key === "killed").map((f) => [f.value, f.owner ?? null]);
  assert.deepEqual(tolls, [["31", null], ["18", "harbor fire"], ["13", "pine fire"], ["121", null], ["98", "marlow county"]]);
});

test("a number after a total that is no part of it (larger, or tied to no place) is no breakdown", () => {
  const frames = framesOf("The fire killed 12 people in 2031, 40 miles from Glenwood.");
  assert.deepEqual(frames.filter((f) => f.rule === "FRAME_BREAKDOWN"), []);
});

test("a named event that is the clause's subject owns the structures it destroyed", () => {
  const frames = framesOf("The Harbor Fire burned 21,370 acres, destroyed 5,912 structures, and damaged another 1,204, officials said.");
  assert.deepEqual(frames.map((f) => [f.measure, f.owner]), [["acre", "harbor fire"], ["homes destroyed", "harbor fire"]]);
});

test("a figure told after a named event in its sentence is that event's, the nearest one before it", () => {
  const frames = framesOf("The Harbor fire, which began in Glenwood, has burned more than 13,500 acres, while the Pine fire, starting in Elm Valley, has scorched over 16,200 acres.");
  assert.deepEqual(frames.filter((f) => f.measure === "acre").map((f) => [f.value, f.owner]), [["13500", "harbor fire"], ["16200", "pine fire"]]);
});

test("acres of the whole beside each fire's acres: the whole's figures over three days are still a timeline", () => {
  const aligned = story(
    report("d1", "The fires have burned 19,000 acres. The Harbor Fire has burned 11,000 acres and the Pine Fire 8,000 acres.", "2031-08-10"),
    report("d2", "The blazes have burned 31,000 acres so far.", "2031-08-12"),
    report("d3", "Firefighters said the fires had burned 40,000 acres by Friday.", "2031-08-14"),
  );
  const whole = aligned.updates.find((u) => u.key === "acre");
  assert.deepEqual(whole?.steps.map((s) => s.value), ["19000", "31000", "40000"]);
});

test("after a figure with its owner, a number with another owner is the same measure of that owner", () => {
  const frames = framesOf("Crews said more than 7,000 structures were destroyed in the Harbor fire and over 5,000 in the Pine fire.");
  assert.deepEqual(frames.filter((f) => f.measure === "homes destroyed").map((f) => [f.value, f.owner]), [["7000", "harbor fire"], ["5000", "pine fire"]]);
});
