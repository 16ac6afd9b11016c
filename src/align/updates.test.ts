import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "./index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import type { AnalyzedArticle, Story } from "../types.js";
import { renderBrief } from "../report/index.js";

const story = (articles: AnalyzedArticle[], reprintGroups: string[][] = []): Story => ({ id: "s-test", headline: "Quake", articles, reprintGroups });
const toll = (id: string, value: number, published: string | null, text = `The earthquake has killed ${value} people, officials said.`) =>
  analyzedArticle(id, text, [{ sentence: 0, kind: "quantity", key: "killed", value: String(value), number: value }], { published });

test("a toll that rises over three days is a timeline shown as '20 → 144 → 694 dead', not a contradiction", () => {
  const aligned = alignStory(story([toll("d1", 20, "2026-04-09"), toll("d2", 144, "2026-04-10"), toll("d3", 694, "2026-04-11")]));
  assert.deepEqual(aligned.conflicts, []);
  const update = aligned.updates.find((u) => u.key === "killed");
  assert.ok(update);
  assert.deepEqual(update.steps.map((s) => [s.value, s.date]), [["20", "2026-04-09"], ["144", "2026-04-10"], ["694", "2026-04-11"]]);
  assert.match(renderBrief({ stories: [aligned], failures: [] }), /20 → 144 → 694 dead/);
});

test("two tolls on the same day are a contradiction, not an update", () => {
  const aligned = alignStory(story([toll("a", 20, "2026-04-09"), toll("b", 35, "2026-04-09")]));
  assert.equal(aligned.updates.length, 0);
  assert.equal(aligned.conflicts.find((c) => c.key === "killed")?.positions.length, 2);
});

test("a toll that falls on a later day is a contradiction: tolls do not go down", () => {
  const aligned = alignStory(story([toll("a", 144, "2026-04-09"), toll("b", 20, "2026-04-10")]));
  assert.equal(aligned.updates.length, 0);
  assert.ok(aligned.conflicts.some((c) => c.key === "killed"));
});

test("a fact carried by three reprints of one wire text and one independent report counts two independent sources", () => {
  const text = "The earthquake has killed 20 people, officials said.";
  const reports = [toll("wire", 20, "2026-04-09", text), toll("copy1", 20, "2026-04-09", text), toll("copy2", 20, "2026-04-09", text), toll("own", 20, "2026-04-09", "Twenty people died in the quake, the governor said.")];
  const aligned = alignStory(story(reports, [["wire", "copy1", "copy2"]]));
  const fact = aligned.facts.find((f) => f.key === "killed");
  assert.ok(fact);
  assert.equal(fact.reports, 4);
  assert.equal(fact.independentSources, 2);
  assert.equal(fact.status, "corroborated");
});

test("copies of one wire text alone do not corroborate each other", () => {
  const text = "The earthquake has killed 20 people, officials said.";
  const aligned = alignStory(story([toll("wire", 20, "2026-04-09", text), toll("copy", 20, "2026-04-09", text)], [["wire", "copy"]]));
  const fact = aligned.facts.find((f) => f.key === "killed");
  assert.equal(fact?.independentSources, 1);
  assert.equal(fact?.status, "single-source");
});

test("two tolls in reports with no date are two counts of a rising tally, smallest first, not a dispute", () => {
  const aligned = alignStory(story([toll("late", 43, null), toll("early", 13, null)]));
  assert.deepEqual(aligned.conflicts, []);
  assert.deepEqual(aligned.updates.find((u) => u.key === "killed")?.steps.map((s) => [s.value, s.date]), [["13", null], ["43", null]]);
});

test("'at least 68' one day and 94 two days later agree, yet are two counts of the toll: a timeline", () => {
  const bound = analyzedArticle("b", "At least 68 people have died, officials said.", [{ sentence: 0, kind: "quantity", key: "killed", value: "68", number: 68, qualifier: "at least" }], { published: "2026-04-09" });
  const count = toll("c", 94, "2026-04-11");
  const aligned = alignStory(story([bound, count]));
  assert.deepEqual(aligned.conflicts, []);
  assert.deepEqual(aligned.updates.find((u) => u.key === "killed")?.steps.map((s) => s.value), ["68", "94"]);
});

test("'at least 68' and 94 on one day are neither a dispute nor a timeline", () => {
  const bound = analyzedArticle("b", "At least 68 people have died, officials said.", [{ sentence: 0, kind: "quantity", key: "killed", value: "68", number: 68, qualifier: "at least" }], { published: "2026-04-09" });
  const aligned = alignStory(story([bound, toll("c", 94, "2026-04-09")]));
  assert.deepEqual(aligned.conflicts, []);
  assert.deepEqual(aligned.updates, []);
});

test("two copies of one wire text that give a moving count differently are two versions of it: a timeline, never a dispute", () => {
  const wire = (id: string, value: number, published: string | null) =>
    analyzedArticle(id, `Officials said ${value} people have been reported missing after the storm.`, [{ sentence: 0, kind: "quantity", key: "missing", value: String(value), number: value }], { published });
  const aligned = alignStory(story([wire("early", 14, "2031-06-02"), wire("late", 21, null)], [["early", "late"]]));
  assert.deepEqual(aligned.conflicts, []);
  assert.deepEqual(aligned.updates.find((u) => u.key === "missing")?.steps.map((s) => s.value), ["14", "21"]);
});

test("copies of one wire text that differ on a figure that does not move (an age) still raise nothing", () => {
  const wire = (id: string, value: number) =>
    analyzedArticle(id, `The pilot, ${value}, had flown for years.`, [{ sentence: 0, kind: "quantity", key: "age", value: String(value), number: value, valueType: "age" }], { published: "2031-06-02" });
  const aligned = alignStory(story([wire("a", 41), wire("b", 44)], [["a", "b"]]));
  assert.deepEqual(aligned.conflicts, []);
  assert.deepEqual(aligned.updates, []);
});
