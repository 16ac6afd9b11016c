import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../analyze/index.js";
import { alignStory } from "./index.js";
import { renderBrief } from "../report/index.js";
import type { AlignedStory, Article, Claim } from "../types.js";

/**
 * The verdict on each kind of figure news gives, on short texts written for these tests (names and
 * numbers are invented): the frame each report's sentence yields, then whether reports agree,
 * contradict each other, update a figure, round it, or speak of different subjects.
 */
function report(id: string, text: string, published: string | null = "2031-05-02"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const framesOf = (text: string, published: string | null = "2031-05-02"): Claim[] => analyzeArticle(report("r", text, published)).claims.filter((c) => c.kind === "quantity");
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const reasons = (aligned: AlignedStory) => aligned.conflicts.map((c) => c.reason).join("; ") || "no conflicts";
const sidesOf = (aligned: AlignedStory, key: RegExp) => aligned.conflicts.find((c) => key.test(c.key))?.positions.map((p) => p.display).sort();
const stepsOf = (aligned: AlignedStory, key: RegExp) => aligned.updates.find((u) => key.test(u.key))?.steps.map((s) => s.display);

test("a final score and a scorer's minute: each a frame of its own, and a report that differs on either contradicts", () => {
  const [score, minute] = framesOf("The Rovers beat Harbour City 3-1 on Saturday. Tomas Ferro scored in the 23rd minute.");
  assert.deepEqual([score?.measure, score?.value, score?.valueType], ["final score", "3-1", "score"]);
  assert.deepEqual([minute?.measure, minute?.value], ["minute", "23"]);
  const aligned = story(
    report("a", "The Rovers beat Harbour City 3-1 on Saturday. Tomas Ferro scored in the 23rd minute."),
    report("b", "The Rovers won 3-1 against Harbour City on Saturday, with Tomas Ferro scoring in the 27th minute."),
    report("c", "Harbour City lost 2-1 to the Rovers on Saturday. Tomas Ferro scored in the 23rd minute."),
  );
  assert.deepEqual(sidesOf(aligned, /final score/), ["2-1", "3-1"], reasons(aligned));
  assert.deepEqual(sidesOf(aligned, /minute/), ["23rd minute", "27th minute"], reasons(aligned));
  assert.equal(aligned.updates.length, 0);
});

test("a party's share in an exit poll and in the final count is an update, exit poll first, never a dispute", () => {
  const [poll] = framesOf("According to exit polls, the Civic Union has secured 31.5% of the votes.");
  assert.deepEqual([poll?.measure, poll?.owner, poll?.provisional], ["share", "civic union", true]);
  const aligned = story(
    report("final", "The Civic Union won 31.2 percent of the vote, final results show. The Labour Front won 18.7 percent of the vote.", "2031-05-03"),
    report("night", "According to exit polls, the Civic Union has secured 31.5% of the votes. The other parties have received the following projected shares:\n\nLabour Front (LF) — 18%\n\nTurnout was high, officials said.", "2031-05-02"),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.deepEqual(stepsOf(aligned, /share/), ["31.5%", "31.2 percent"]);
  // The items of a list a provisional lead-in opens are provisional too.
  assert.deepEqual(aligned.updates.filter((u) => u.key.startsWith("share")).length, 2);
});

test("a projected share that differs from the count by a decimal is an update, not a rounding of it", () => {
  const aligned = story(
    report("night", "The Labour Front was projected to win 19.5 percent of the vote.", "2031-05-02"),
    report("final", "The Labour Front won 19.4 percent of the vote.", "2031-05-03"),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.deepEqual(stepsOf(aligned, /share/), ["19.5 percent", "19.4 percent"]);
});

test("a sentence in years and months is one duration; another length of sentence contradicts it", () => {
  const [sentence] = framesOf("A court in Velden sentenced Marek Holt to 12 years and six months in prison on Tuesday.");
  assert.deepEqual([sentence?.measure, sentence?.valueType, sentence?.value, sentence?.display], ["prison sentence", "duration", "150", "12 years and six months"]);
  const aligned = story(
    report("a", "A court in Velden sentenced Marek Holt to 12 years and six months in prison on Tuesday."),
    report("b", "Marek Holt was sentenced to 12 years and six months in prison by a court in Velden."),
    report("c", "Marek Holt was sentenced to 10 years in prison by a court in Velden on Tuesday."),
  );
  assert.deepEqual(sidesOf(aligned, /sentence/), ["10 years", "12 years and six months"], reasons(aligned));
});

test("a sale price in two currencies is one deal value: the euro figure and its conversion agree, another dollar figure does not", () => {
  const [price, ...rest] = framesOf("Brightwell agreed to buy Norcast in a €4.2 billion ($4.6 billion) deal, the companies said.");
  assert.deepEqual([price?.measure, price?.unit, price?.value], ["deal value", "eur", "4200000000"]);
  assert.equal(rest.length, 0, "the bracketed conversion is no second fact");
  const agree = story(
    report("a", "Brightwell agreed to buy Norcast in a €4.2 billion ($4.6 billion) deal, the companies said."),
    report("b", "Brightwell will buy Norcast in a deal worth $4.6 billion."),
  );
  assert.deepEqual(agree.conflicts, [], reasons(agree));
  const differ = story(
    report("b", "Brightwell will buy Norcast in a deal worth $4.6 billion."),
    report("c", "Brightwell agreed to buy Norcast in a $5.1 billion deal."),
  );
  assert.deepEqual(sidesOf(differ, /deal value/), ["$4.6 billion", "$5.1 billion"], reasons(differ));
});

test("an age is fixed: 58 and 57 for one person contradict, on any day", () => {
  const [age] = framesOf("Party leader Alisa Varga, 58, said the result was historic.");
  assert.deepEqual([age?.measure, age?.owner, age?.value], ["age", "alisa varga", "58"]);
  const aligned = story(
    report("a", "Party leader Alisa Varga, 58, said the result was historic.", "2031-05-02"),
    report("b", "Party leader Alisa Varga, 57, said the result was historic.", "2031-05-04"),
  );
  assert.deepEqual(sidesOf(aligned, /^age/), ["57", "58"], reasons(aligned));
  assert.equal(aligned.updates.length, 0);
});

test("a toll given at three hours of one day is a timeline in the order of its hours", () => {
  const [toll] = framesOf("By noon Tuesday, the flood had killed 52 people, officials said.", "2031-05-06");
  assert.equal(toll?.time, "2031-05-06T12");
  const aligned = story(
    report("evening", "By 6 p.m. Tuesday, the flood had killed 60 people, officials said.", "2031-05-06"),
    report("noon", "By noon Tuesday, the flood had killed 52 people, officials said.", "2031-05-06"),
    report("morning", "By 8 a.m. Tuesday, the flood had killed 41 people, officials said.", "2031-05-06"),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.deepEqual(stepsOf(aligned, /^killed/), ["41", "52", "60"]);
});

test("two towns' tolls are different subjects: neither the figures nor the places are disputed", () => {
  const aligned = story(
    report("a", "In Marlow, 12 people were killed in the flood. In Tessin, 30 people were killed."),
    report("b", "The flood killed 30 people in Tessin, officials said."),
    report("c", "The flood killed 12 people in Marlow, officials said."),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.equal(new Set(aligned.facts.filter((f) => f.key.startsWith("killed")).map((f) => f.owner)).size, 2);
});

test("a rounded share and one given as 'about' agree with the exact share", () => {
  const aligned = story(
    report("a", "The Civic Union won 33.52% of the vote, official results show."),
    report("b", "The Civic Union won about 33.5% of the vote."),
    report("c", "The Civic Union won 33.6 percent of the vote."),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.deepEqual(aligned.updates, []);
});

test("two spellings of one name are one person, shown with the variant, whose figures are compared as one", () => {
  const aligned = story(
    report("a", "Party leader Alisa Varga, 58, said the result was historic."),
    report("b", "Party leader Alissa Varga, 58, said the result was historic."),
  );
  const person = aligned.entities.find((e) => e.name === "Alisa Varga" || e.name === "Alissa Varga");
  assert.ok(person?.aliases.some((alias) => /Alis+a Varga/.test(alias)), JSON.stringify(aligned.entities));
  assert.equal(aligned.entities.filter((e) => e.type === "person").length, 1);
  assert.equal(aligned.facts.find((f) => f.key.startsWith("age"))?.status, "corroborated");
});

test("what a witness saw is a part of the event in view, not a rival of the count", () => {
  const [seen] = framesOf("A witness said he saw two men force the side door.");
  assert.equal(seen?.comparable, false);
  const aligned = story(
    report("a", "A witness said he saw two men force the side door."),
    report("b", "At least five men carried out the robbery, police said."),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
});

test("a time of day is framed by its verb: 10 am and 10:30 a.m. for one opening contradict; 'about 7:52 p.m.' and 'around 8 p.m.' agree", () => {
  const [opening] = framesOf("Shortly after the Halden Museum opened to the public at 10 am, four thieves pulled up outside.").filter((f) => f.valueType === "clock");
  assert.deepEqual([opening?.measure, opening?.owner, opening?.value], ["open time", "halden museum", "10:00"]);
  const opened = story(
    report("a", "Shortly after the Halden Museum opened to the public at 10 am, four thieves pulled up outside."),
    report("b", "The theft took place just after the Halden Museum opened for visitors at 10:30 AM local time."),
  );
  assert.deepEqual(sidesOf(opened, /open time/), ["10 am", "10:30 AM local time"], reasons(opened));
  const crash = story(report("a", "The crash happened at about 7:52 p.m. on Wednesday."), report("b", "The two trains collided around 8 p.m. Wednesday."));
  assert.deepEqual(crash.conflicts, [], reasons(crash));
});

test("times in two zones are not compared: 16:12 CET and shortly after 3pm Westmark time", () => {
  const [zoned] = framesOf("The flare went up at 16:12 CET.");
  assert.deepEqual([zoned?.value, zoned?.unit], ["16:12", "cet"]);
  const aligned = story(report("a", "The flare went up at 16:12 CET."), report("b", "The flare went up from the ship shortly after 3pm Westmark time."));
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
});

test("a length compounded with what it measures ('a 71-yard drive') is a frame; another length of that drive contradicts it", () => {
  const [drive] = framesOf("The Hawks set the tone early, with quarterback Dale Moran orchestrating a 71-yard drive that ended in a touchdown.");
  assert.deepEqual([drive?.measure, drive?.unit, drive?.value, drive?.owner], ["drive yards", "yard", "71", "dale moran"]);
  const aligned = story(
    report("a", "The Hawks set the tone early, with quarterback Dale Moran orchestrating a 71-yard drive that ended in a touchdown."),
    report("b", "Dale Moran opened the scoring in the first quarter after engineering a eight-play 48-yard drive."),
  );
  assert.deepEqual(sidesOf(aligned, /drive/), ["48", "71"], reasons(aligned));
});

test("a provisional step is marked in the update and in the brief's timeline", () => {
  const aligned = story(
    report("night", "The Labour Front was projected to win 19.5 percent of the vote.", "2031-05-02"),
    report("final", "The Labour Front won 19.4 percent of the vote.", "2031-05-03"),
  );
  assert.deepEqual(aligned.updates[0]?.steps.map((s) => s.provisional ?? false), [true, false]);
  assert.match(renderBrief({ stories: [aligned], failures: [] }), /19\.5 percent \(provisional\) → 19\.4 percent/);
});

test("'just over 40' is a little more than 40: 43 agrees with it, 62 does not", () => {
  const [bound] = framesOf("Just over 40 people were arrested on Sunday.");
  assert.equal(bound?.qualifier, "just over");
  const agree = story(report("a", "Just over 40 people were arrested on Sunday."), report("b", "Police arrested 43 people on Sunday."));
  assert.deepEqual(agree.conflicts, [], reasons(agree));
  const differ = story(report("a", "Just over 40 people were arrested on Sunday."), report("c", "Police arrested 62 people on Sunday."));
  assert.deepEqual(sidesOf(differ, /arrested/), ["62", "just over 40"], reasons(differ));
});

test("a toll from an undated report beside a dated one is put in line by size, as undated counts are", () => {
  const aligned = story(
    report("dated", "The crash has killed 71 people, officials said.", "2031-05-04"),
    report("undated", "The crash has killed 33 people, officials said.", null),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  assert.deepEqual(stepsOf(aligned, /^killed/), ["33", "71"]);
});

test("a result said to match the projections is the count itself, not a provisional figure", () => {
  const [share] = framesOf("As projections anticipated, the Labour Front came second with 19.4 percent of the vote.");
  assert.equal(share?.provisional, undefined);
  const [early] = framesOf("Initial reports said at least three people had died in the flood.");
  assert.equal(early?.provisional, true);
});

test("an unowned length of a play is a fact, not a rival of another player's play", () => {
  const aligned = story(
    report("a", "Dale Moran threw a 17-yard touchdown pass to Ivo Kass in the second quarter."),
    report("b", "Despite a late surge that included a 50-yard touchdown pass to the rookie, the Rovers lost."),
  );
  assert.ok(!aligned.conflicts.some((c) => /yards/.test(c.key)), reasons(aligned));
});
