import { DEFAULT_OPTIONS } from "../config.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { normalise, type Vector } from "./features.js";
import { choosePlacement, proposeSplit, stateOf, withReport, emptyStory, type ReportFeatures } from "./index.js";

const OPTIONS = DEFAULT_OPTIONS.cluster;
const vector = (terms: Record<string, number>): Vector => normalise(new Map(Object.entries(terms)));
const report = (id: string, terms: Record<string, number>, day = 20_000): ReportFeatures => ({ id, vector: vector(terms), day });

const floodA = (id: string, extra: string) => report(id, { "e:harnby": 3, "e:river wend": 3, "c:killed=2": 2, "w:flood": 1, "w:evacuated": 1, [`w:${extra}`]: 1 });
const floodB = (id: string, extra: string) => report(id, { "e:palmar": 3, "e:mendoza": 3, "c:killed=5": 2, "w:flood": 1, "w:hailstorm": 1, [`w:${extra}`]: 1 });

test("a story that proves to be two events splits into them", () => {
  const members = [floodA("a1", "bridge"), floodA("a2", "shelter"), floodB("b1", "ford"), floodB("b2", "vineyard"), floodA("a3", "weir")];
  const parts = proposeSplit(members);
  assert.ok(parts, "split proposed");
  assert.deepEqual(parts.map((p) => p.map((m) => m.id).sort()).sort(), [["a1", "a2", "a3"], ["b1", "b2"]]);
});

test("a story of one event is not split", () => {
  const members = [floodA("a1", "bridge"), floodA("a2", "shelter"), floodA("a3", "weir"), floodA("a4", "sandbags")];
  assert.equal(proposeSplit(members), null);
});

test("two stories a report proves one are merged into the story it joins", () => {
  // The same event opened twice: early reports named only the town, others only the river.
  const town = stateOf("s-town", [report("t1", { "e:harnby": 3, "c:killed=2": 2, "w:flood": 1, "w:evacuated": 1 }), report("t2", { "e:harnby": 3, "c:killed=2": 2, "w:flood": 1, "w:shelter": 1 })]);
  const river = stateOf("s-river", [report("r1", { "e:river wend": 3, "c:killed=2": 2, "w:flood": 1, "w:evacuated": 1 }), report("r2", { "e:river wend": 3, "c:killed=2": 2, "w:flood": 1, "w:shelter": 1 })]);
  const bridge = report("x", { "e:harnby": 3, "e:river wend": 3, "c:killed=2": 2, "w:flood": 1, "w:evacuated": 1, "w:shelter": 1 });
  const placement = choosePlacement(bridge, [town, river], "s-new", OPTIONS);
  assert.equal(placement.created, false);
  assert.equal(placement.merged.length, 1);
  assert.equal(placement.story.size, 5);
});

test("a report of another event of the same kind does not merge two stories", () => {
  const a = stateOf("s-a", [floodA("a1", "bridge"), floodA("a2", "shelter")]);
  const b = stateOf("s-b", [floodB("b1", "ford"), floodB("b2", "vineyard")]);
  const placement = choosePlacement(floodA("a3", "weir"), [a, b], "s-new", OPTIONS);
  assert.equal(placement.story.id, "s-a");
  assert.deepEqual(placement.merged, []);
});

test("the same names months later open a new story", () => {
  const crash = withReport(emptyStory("s-crash"), floodA("a1", "bridge"));
  const later = { ...floodA("a9", "inquiry"), day: 20_000 + 300 };
  assert.equal(choosePlacement(later, [crash], "s-new", OPTIONS).created, true);
});

// Reports of one flood that each add five words of their own, as real reports do; and a first
// report that named only the river, less alike to any one of them than the join threshold.
const harnby = (id: string) => report(id, { "e:harnby": 3, "e:river wend": 3, "w:flood": 2, ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`w:${id}-own${k}`, 2])) });
const riverOnly = () => stateOf("s-early", [report("r0", { "e:river wend": 3, "w:flood": 1, "w:barges": 2, "w:ferry": 2, "w:moorings": 2 })]);

test("a lone report that came before its story gathered folds in once it would join the grown story", () => {
  const grown = stateOf("s-grown", ["h1", "h2", "h3", "h4"].map(harnby));
  const otherEvent = stateOf("s-other", [report("p1", { "e:palmar": 3, "e:mendoza": 3, "w:flood": 2, "w:hailstorm": 2, "w:vineyard": 2 })]);
  const placement = choosePlacement(harnby("h5"), [grown, riverOnly(), otherEvent], "s-new", OPTIONS);
  assert.equal(placement.story.id, "s-grown");
  assert.deepEqual(placement.merged, ["s-early"]);
  assert.equal(placement.story.size, 6);
});

test("a lone report does not fold into a story of three or fewer reports", () => {
  const small = stateOf("s-small", ["h1", "h2"].map(harnby));
  const placement = choosePlacement(harnby("h3"), [small, riverOnly()], "s-new", OPTIONS);
  assert.equal(placement.story.id, "s-small");
  assert.deepEqual(placement.merged, []);
});

test("of two lone reports months apart that would each fold into an undated story, the more alike folds in and bars the other", () => {
  const undated = (id: string, own: string) => ({ ...report(id, { "e:harnby": 3, "e:river wend": 3, "w:flood": 2, "w:levee": 2, [`w:${own}`]: 2 }), day: null });
  const story = stateOf("s-undated", [undated("u1", "pumps"), undated("u2", "sandbags"), undated("u3", "ferry")]);
  // Both clear the bar; the June report shares more with the story than the January one.
  const january = stateOf("s-january", [report("j1", { "e:harnby": 3, "e:river wend": 3, "w:flood": 2, "w:forecast": 2, "w:warning": 2 }, 20_000)]);
  const june = stateOf("s-june", [report("m1", { "e:harnby": 3, "e:river wend": 3, "w:flood": 2, "w:levee": 2, "w:pumps": 2 }, 20_160)]);
  for (const candidates of [[story, january, june], [story, june, january]]) {
    const placement = choosePlacement(undated("u4", "shelter"), candidates, "s-new", OPTIONS);
    assert.equal(placement.story.id, "s-undated");
    assert.deepEqual(placement.merged, ["s-june"]);
  }
});
