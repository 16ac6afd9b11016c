/** bench:real's scoring: value matching, gold differences and disputes judged, planting, BCubed on files. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { dateIn, goldCore, numbersIn, valuesMatch } from "../bench/real-match.js";
import { factFound, judgeDispute, judgeGoldConflict, storyEvent, type ScoredConflict, type Stated } from "../bench/real-score.js";
import { bodyStart, changedNumber, plantNumber } from "../bench/real-inject.js";
import { goldLabel, manifestEvents } from "../bench/real-data.js";
import { bcubed } from "../bench/bcubed.js";
import type { GoldConflict } from "../bench/real-data.js";

test("numbers are read from digits, words and scale words; compound adjectives are not counts", () => {
  assert.deepEqual(numbersIn("1,250 people and 3.5 million dollars").map((n) => n.value), [1250, 3500000]);
  assert.deepEqual(numbersIn("thirty-two rescued, two hundred and six missing, two dozen boats").map((n) => n.value), [32, 206, 24]);
  assert.deepEqual(numbersIn("a 3-1 win").map((n) => n.value), [3, 1]);
  assert.deepEqual(numbersIn("a three-way race").map((n) => n.value), []);
  assert.deepEqual(numbersIn("a two-time winner").map((n) => n.value), [2]);
  assert.ok(valuesMatch("none", "0"), "none is a count of zero");
  assert.deepEqual(numbersIn("$2bn"), [{ value: 2e9, start: 1, end: 4, style: "digits" }]);
});

test("numeric values match on their number sets, in any order, whatever their words", () => {
  assert.ok(valuesMatch("3-1", "1-3"));
  assert.ok(valuesMatch("3-1", "3"));
  assert.ok(valuesMatch("2.5 million", "2500000"));
  assert.ok(valuesMatch("twelve", "12"));
  assert.ok(valuesMatch("41.5%", "41.5"));
  assert.ok(valuesMatch("at least 19 dead", "19"));
  assert.ok(!valuesMatch("3-1", "3-2"));
  assert.ok(!valuesMatch("19", "Springfield"), "a number never matches a name");
  assert.ok(!valuesMatch("19", "190"));
});

test("gold notes in parentheses are left out; the rest of the value still has to match", () => {
  assert.equal(goldCore("57 (Tuesday evening)"), "57");
  assert.ok(valuesMatch("57 (Tuesday evening)", "57"));
  assert.ok(!valuesMatch("57 (8 p.m. Tuesday)", "8"), "the hour in a note is not the value");
});

test("names match on their content words, ignoring case, accents, punctuation and stopwords", () => {
  assert.ok(valuesMatch("Port of Valmera", "the port of Valméra"));
  assert.ok(valuesMatch("Northfield Regional Airport", "Northfield Airport"));
  assert.ok(valuesMatch("O'Brien", "o brien"));
  assert.ok(!valuesMatch("Northfield", "Southfield Airport"));
  assert.ok(!valuesMatch("the", "of the"), "stopwords alone match nothing");
});

test("dates match on the same day or month, and the same year when both give one", () => {
  assert.deepEqual(dateIn("on 3 March 2021"), { month: 3, day: 3, year: 2021 });
  assert.deepEqual(dateIn("2021-03"), { month: 3, year: 2021 });
  assert.equal(dateIn("they marched 3 miles"), null);
  assert.ok(valuesMatch("March 3, 2021", "2021-03-03"));
  assert.ok(valuesMatch("Mar. 3", "2021-03-03"));
  assert.ok(valuesMatch("June 2020", "2020-06"));
  assert.ok(!valuesMatch("June 2020", "2020-06-14"), "a month is not a day");
  assert.ok(!valuesMatch("March 3, 2021", "2021-03-04"));
  assert.ok(!valuesMatch("March 3, 2021", "3"), "a date is not a count");
  assert.ok(valuesMatch("Wednesday (evening)", "2021-03-03"), "a gold weekday matches the day that falls on it");
  assert.ok(!valuesMatch("Thursday", "2021-03-03"));
  assert.ok(!valuesMatch("Wednesday", "2021-03"), "a month has no weekday");
});

test("times of day match on the minute of the day, in 12- or 24-hour writing", () => {
  assert.ok(valuesMatch("9:42 p.m. (local time)", "21:42"));
  assert.ok(valuesMatch("9:42 p.m.", "21:42 CET"));
  assert.ok(!valuesMatch("9:42 p.m.", "09:42"), "p.m. is not a.m.");
  assert.ok(valuesMatch("9:30 AM local time", "09:30"));
  assert.ok(!valuesMatch("9:30 am", "09:00"));
  assert.ok(valuesMatch("9 am", "9"), "an hour alone is matched as a number, as before");
});

const stated = (value: string, files: string[], display = value): Stated => ({ value, display, files });

test("a gold fact is found only with its value and two of its sources behind one fact", () => {
  const gold = { slot: "rescued", value: "14", sources: ["a", "b", "c"] };
  assert.ok(factFound(gold, [stated("14", ["a", "c"])]));
  assert.ok(!factFound(gold, [stated("14", ["a"]), stated("14", ["b"])]), "two facts of one source each are not one fact");
  assert.ok(!factFound(gold, [stated("15", ["a", "b"])]));
  assert.ok(factFound({ ...gold, sources: ["a"] }, [stated("fourteen", ["a", "z"], "14")]));
});

const contradiction: GoldConflict = { slot: "age", kind: "contradiction", values: { "61": ["a"], "62": ["b", "c"] } };
const update: GoldConflict = { slot: "missing", kind: "update", values: { "30 (Monday)": ["a"], "12 (Wednesday)": ["c"] } };
const subjects: GoldConflict = { slot: "toll", kind: "different_subject", values: { "5 in one town": ["a"], "9 in another": ["b"] } };
const dispute = (...positions: Stated[]): ScoredConflict => ({ key: "k", positions });

test("a gold contradiction is found when two sides state its two values, each from a report the gold names", () => {
  assert.equal(judgeGoldConflict(contradiction, [dispute(stated("61", ["a"]), stated("62", ["c"]))], []), "FOUND");
  assert.equal(judgeGoldConflict(contradiction, [dispute(stated("61", ["b"]), stated("62", ["c"]))], []), "MISSED", "61 is not a's side here");
  assert.equal(judgeGoldConflict(contradiction, [dispute(stated("61", ["a"]), stated("61", ["c"]))], []), "MISSED");
});

test("an update counts as a timeline only when it is not also raised as a dispute; other kinds must stay out", () => {
  const steps = [stated("30", ["a"]), stated("12", ["c"])];
  assert.equal(judgeGoldConflict(update, [], [{ key: "missing", steps }]), "FOUND");
  assert.equal(judgeGoldConflict(update, [dispute(...steps)], [{ key: "missing", steps }]), "RAISED AS DISPUTE");
  assert.equal(judgeGoldConflict(update, [], []), "MISSED");
  assert.equal(judgeGoldConflict(subjects, [], []), "KEPT OUT");
  assert.equal(judgeGoldConflict(subjects, [dispute(stated("5", ["a"]), stated("9", ["b"]))], []), "RAISED AS DISPUTE");
});

test("a raised dispute is judged against its event's gold: contradiction first, then any difference, then compatible values", () => {
  const compatible = [{ slot: "crowd", values: ["about 2,000", "some two thousand"] }];
  assert.equal(judgeDispute(dispute(stated("62", ["b"]), stated("61", ["a"])), [update, contradiction], compatible).verdict, "MATCH contradiction");
  assert.equal(judgeDispute(dispute(stated("5", ["a"]), stated("9", ["b"])), [contradiction, subjects], compatible).verdict, "MATCH kind");
  assert.equal(judgeDispute(dispute(stated("2000", ["x"], "about 2,000"), stated("2000", ["y"], "some two thousand")), [contradiction], compatible).verdict, "COMPATIBLE");
  assert.equal(judgeDispute(dispute(stated("7", ["a"]), stated("8", ["b"])), [contradiction, subjects], compatible).verdict, "UNMATCHED");
});

test("a story belongs to the event most of its reports come from; near misses alone make no event", () => {
  const eventOf = (file: string) => (file.startsWith("x") ? "X" : file.startsWith("y") ? "Y" : undefined);
  assert.equal(storyEvent(["x1", "y1", "x2", "n1"], eventOf), "X");
  assert.equal(storyEvent(["n1", "n2"], eventOf), null);
});

test("planting changes the first mention after the title, in the report's own style", () => {
  const text = " date 2020-01-01\n\nFourteen rescued from 14 boats\nFourteen people were rescued; 1,250 waited. Later 14 more.\n";
  assert.equal(text.slice(bodyStart(text)).startsWith("Fourteen people"), true);
  const words = plantNumber(text, 14)!;
  assert.equal(words.from, "Fourteen");
  assert.equal(words.to, "Seventeen");
  assert.equal(words.value, 17);
  assert.ok(words.text.includes("from 14 boats\nSeventeen people were rescued; 1,250 waited. Later 14 more."));
  assert.equal(plantNumber(text, 1250)!.to, "1,563");
  assert.equal(plantNumber("Title\n\nSales reached 2.4 billion.", 2.4e9)!.to, "3.0 billion");
  assert.equal(plantNumber("Title\n\nnothing here", 5), null);
  assert.equal(changedNumber(7, 0), 10);
  assert.equal(changedNumber(40, 0), 50);
});

test("BCubed on files: each near miss is its own gold event, so joining two of them costs precision", () => {
  const events = manifestEvents("file\tevent_id\turl\na.txt\tev\tu\nb.txt\tev\tu\nn1.txt\tnear-ev-1\tu\nn2.txt\tnear-ev-2\tu\n");
  const gold = new Map([...events].map(([file, event]) => [file, goldLabel(file, event)]));
  assert.equal(new Set(gold.values()).size, 3);
  const perfect = bcubed(new Map([["a.txt", "s1"], ["b.txt", "s1"], ["n1.txt", "s2"], ["n2.txt", "s3"]]), gold);
  assert.deepEqual([perfect.precision, perfect.recall, perfect.f1], [1, 1, 1]);
  const joined = bcubed(new Map([["a.txt", "s1"], ["b.txt", "s1"], ["n1.txt", "s2"], ["n2.txt", "s2"]]), gold);
  assert.equal(joined.recall, 1);
  assert.equal(joined.precision, 0.75);
});
