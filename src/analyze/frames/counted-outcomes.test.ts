import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import { alignStory } from "../../align/index.js";
import type { AlignedStory, Article, Claim } from "../../types.js";

/**
 * Counts written "one" or "a single", amounts made adjectives, amounts spent to buy, and counts of
 * things lost or got back, on short invented texts: the frame each sentence yields, then the
 * verdict when reports differ.
 */
function report(id: string, text: string): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published: "2031-04-12", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");
const story = (...texts: string[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: texts.map((t, i) => analyzeArticle(report(`r${i}`, t))), reprintGroups: [] });
const sides = (aligned: AlignedStory, key: string) => aligned.conflicts.find((c) => c.key === key)?.positions.map((p) => p.value).sort();

test("'one' and 'a single' before the noun they count are counts, as plural counts are", () => {
  assert.deepEqual(framesOf("The navy said one patrol boat was sunk near Korvi.").map((f) => [f.measure, f.value]), [["patrol boat", "1"]]);
  assert.deepEqual(framesOf("Guards said a single ladder was used in the raid.").map((f) => [f.measure, f.value]), [["ladder", "1"]]);
  const aligned = story("The navy said one patrol boat was sunk near Korvi.", "The navy said four patrol boats were sunk near Korvi.");
  assert.deepEqual(sides(aligned, "patrol boat"), ["1", "4"]);
});

test("'one of the…', 'one day' and the pronoun 'one' count nothing", () => {
  assert.deepEqual(framesOf("One of the boats was sunk near Korvi."), []);
  assert.deepEqual(framesOf("One day the gallery will reopen."), []);
  assert.deepEqual(framesOf("The one in the window is a copy, and one another's copies were sold."), []);
});

test("an amount made an adjective is an amount: '$2-billion offer', '12.6-billion-euro purchase', with a country's letters before the currency ('-U.S.-dollar')", () => {
  const [offer] = framesOf("Rovex made a $2-billion offer for Tallan Mills on Monday.");
  assert.deepEqual([offer?.measure, offer?.value, offer?.unit], ["deal value", "2000000000", "usd"]);
  const [purchase] = framesOf("Rovex completed the 12.6-billion-euro purchase of Tallan Mills.");
  assert.deepEqual([purchase?.measure, purchase?.value, purchase?.unit], ["deal value", "12600000000", "eur"]);
  const [deal] = framesOf("Rovex signed the 300-million-U.S.-dollar deal on Monday.");
  assert.deepEqual([deal?.measure, deal?.value, deal?.unit], ["deal value", "300000000", "usd"]);
  const [bid] = framesOf("Rovex made a 40-billion-HK-dollar bid for Tallan Mills.");
  assert.deepEqual([bid?.value, bid?.unit], ["40000000000", "hkd"]);
  const [pledge] = framesOf("Rovex pledged 20 million U.S. dollars to Tallan Mills.");
  assert.deepEqual([pledge?.value, pledge?.unit], ["20000000", "usd"]);
  // Letters no currency phrase knows say some other dollar: the amount is left unread.
  assert.deepEqual(framesOf("Rovex signed the 300-million-QX-dollar deal on Monday."), []);
  const aligned = story("Rovex completed its $1.2 billion acquisition of Tallan Mills.", "Rovex completed the 1.5-billion-U.S.-dollar purchase of Tallan Mills.");
  assert.deepEqual(sides(aligned, "deal value"), ["1200000000", "1500000000"]);
});

test("an amount spent to acquire or buy something is that deal's value, whatever noun comes before it", () => {
  const [investment] = framesOf("Regulators cleared a total investment of $6.2 billion to acquire Tallan Mills.");
  assert.deepEqual([investment?.measure, investment?.value], ["deal value", "6200000000"]);
  const aligned = story("Rovex completed its $6.8 billion acquisition of Tallan Mills.", "Regulators cleared a total investment of $6.2 billion to acquire Tallan Mills.");
  assert.deepEqual(sides(aligned, "deal value"), ["6200000000", "6800000000"]);
});

test("an amount 'in' a noun is an amount of that noun, not the price of a deal named before it; 'in cash' says how it is paid", () => {
  const [pledge] = framesOf("Rovex completed its acquisition of Tallan Mills, pledging $2 billion in new investments.");
  assert.deepEqual([pledge?.measure, pledge?.value], ["investment value", "2000000000"]);
  const [damages] = framesOf("The court awarded Ana Ruiz $3 million in damages.");
  assert.equal(damages?.measure, "damage value");
  const [paid] = framesOf("Rovex paid $40 million in cash for the Tallan Mills deal.");
  assert.notEqual(paid?.measure, "cash value");
  const [revenue] = framesOf("Tallan Mills reported revenue of $40 million in the first quarter.");
  assert.equal(revenue?.measure, "revenue value");
  const aligned = story(
    "Rovex completed its $6.8 billion acquisition of Tallan Mills, pledging $2 billion in new investments.",
    "Regulators cleared a total investment of $6.2 billion to acquire Tallan Mills.",
  );
  assert.deepEqual(sides(aligned, "deal value"), ["6200000000", "6800000000"]);
});

test("a count of things lost or recovered is measured apart from the count taken, and two reports of it can disagree", () => {
  assert.deepEqual(framesOf("Two paintings, including the portrait, were dropped by the robbers.").map((f) => f.measure), ["painting lost"]);
  assert.deepEqual(framesOf("Police recovered three paintings on Monday.").map((f) => f.measure), ["painting recovered"]);
  const aligned = story(
    "The robbers took nine paintings. One painting was lost during the escape.",
    "The robbers took nine paintings. Two paintings, including the portrait, were dropped during the escape.",
  );
  assert.deepEqual(sides(aligned, "painting lost"), ["1", "2"]);
  assert.equal(aligned.conflicts.some((c) => c.key === "painting"), false, "nine taken in both: no dispute on the count taken");
});

test("the sources of a statement and 'one' pointing at one of several are not counts", () => {
  assert.deepEqual(framesOf("Two officials said the talks with Tallan Mills had failed."), []);
  assert.deepEqual(framesOf("One witness told reporters that the van sped away."), []);
  assert.deepEqual(framesOf("At one point the crowd surged toward the gate."), []);
  assert.deepEqual(framesOf("In one video, a rider is seen crossing the square."), []);
  assert.deepEqual(framesOf("Nine riders are missing, along with one guide, rescuers said.").map((f) => [f.measure, f.value]).filter(([m]) => m === "guide"), [["guide", "1"]]);
});
