import { test } from "node:test";
import assert from "node:assert/strict";
import { alignStory } from "./index.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import type { AnalyzedArticle, Story } from "../types.js";

function story(articles: AnalyzedArticle[], reprintGroups: string[][] = []): Story {
  return { id: "s-test", headline: "test", articles, reprintGroups };
}

const a = analyzedArticle("a", "The train carried 300 passengers from Ashford to York. At least 12 people died.", [
  { sentence: 0, kind: "quantity", key: "aboard", value: "300", number: 300 },
  { sentence: 0, kind: "route", key: "destination", value: "york", display: "York" },
  { sentence: 1, kind: "quantity", key: "killed", value: "12", number: 12, qualifier: "at least" },
], { published: "2031-05-05" });
const b = analyzedArticle("b", "Twelve people were killed on the York service. Another 288 passengers survived.", [
  { sentence: 0, kind: "quantity", key: "killed", value: "12", number: 12 },
  { sentence: 0, kind: "route", key: "destination", value: "york", display: "York" },
  { sentence: 1, kind: "quantity", key: "survivors", value: "288", number: 288 },
], { published: "2031-05-05" });
const c = analyzedArticle("c", "Fifteen people were killed when the Leeds-bound train left the rails.", [
  { sentence: 0, kind: "quantity", key: "killed", value: "15", number: 15 },
  { sentence: 0, kind: "route", key: "destination", value: "leeds", display: "Leeds" },
], { published: "2031-05-05" });

test("a slot with incompatible values is one conflict naming each side's reports", () => {
  const aligned = alignStory(story([a, b, c]));
  const destination = aligned.conflicts.find((x) => x.key === "destination");
  assert.ok(destination, "destination conflict");
  const sides = Object.fromEntries(destination.positions.map((p) => [p.value, p.support.map((e) => e.article).sort()]));
  assert.deepEqual(sides, { York: ["a", "b"], Leeds: ["c"] });
});

test("qualified counts are compared as ranges: 'at least 12' agrees with 15, '12' does not", () => {
  const aligned = alignStory(story([a, b, c]));
  const killed = aligned.conflicts.find((x) => x.key === "killed");
  assert.ok(killed);
  const holders = killed.positions.flatMap((p) => p.support.map((e) => e.article)).sort();
  assert.deepEqual(holders, ["a", "b", "c"]);
  const sources = Object.fromEntries(aligned.sources.map((s) => [s.article, s.contradicts]));
  // c contradicts b on the toll (a's "at least 12" allows 15) and a and b on the destination.
  assert.equal(sources.c, 3);
  assert.equal(sources.a, 1);
});

test("every quote is the exact sentence of its report", () => {
  const aligned = alignStory(story([a, b, c]));
  const texts = new Map([a, b, c].map((x) => [x.article.id, x.article.text]));
  const evidence = [...aligned.facts.flatMap((f) => f.support), ...aligned.conflicts.flatMap((x) => x.positions.flatMap((p) => p.support))];
  assert.ok(evidence.length > 5);
  for (const e of evidence) assert.equal(texts.get(e.article)!.slice(e.span.start, e.span.end), e.quote);
});

test("'all aboard died' contradicts a smaller toll and implies no survivors", () => {
  const d = analyzedArticle("d", "Everyone on board the train died in the crash.", [
    { sentence: 0, kind: "quantity", key: "killed", value: "all", relative: { of: "aboard", share: "all" } },
  ], { published: "2031-05-05" });
  const aligned = alignStory(story([a, b, d]));
  const killed = aligned.conflicts.find((x) => x.key === "killed");
  assert.ok(killed, "toll conflict");
  assert.ok(killed.positions.some((p) => p.support.some((e) => e.article === "d") && p.display.includes("300")));
  const survivors = aligned.conflicts.find((x) => x.key === "survivors");
  assert.ok(survivors, "survivor conflict");
  assert.deepEqual(survivors.positions.map((p) => p.value).sort(), ["0", "288"]);
});

test("counts that add up are marked so: aboard = killed + survivors", () => {
  const aligned = alignStory(story([a, b]));
  const survivors = aligned.facts.find((f) => f.key === "survivors");
  assert.equal(survivors?.checks?.[0]?.holds, true);
});

test("a date of lower precision supports the precise date it fits", () => {
  const x = analyzedArticle("x", "The crash happened on March 3, 2026.", [{ sentence: 0, kind: "date", key: "date: incident", value: "2026-03-03", precision: "day" }]);
  const y = analyzedArticle("y", "The crash in March shocked the town.", [{ sentence: 0, kind: "date", key: "date: incident", value: "2026-03", precision: "month" }]);
  const z = analyzedArticle("z", "The crash on March 9 shocked the town.", [{ sentence: 0, kind: "date", key: "date: incident", value: "2026-03-09", precision: "day" }]);
  const aligned = alignStory(story([x, y]));
  const fact = aligned.facts.find((f) => f.key === "date: incident");
  assert.equal(fact?.value, "2026-03-03");
  assert.equal(fact?.reports, 2);
  assert.equal(aligned.conflicts.length, 0);
  assert.equal(alignStory(story([x, z])).conflicts.length, 1, "six days apart is a conflict");
});

test("reprints of one text count as one independent source", () => {
  const copy = analyzedArticle("a2", a.article.text, [{ sentence: 1, kind: "quantity", key: "killed", value: "12", number: 12, qualifier: "at least" }]);
  const aligned = alignStory(story([a, copy], [["a", "a2"]]));
  const killed = aligned.facts.find((f) => f.key === "killed");
  assert.equal(killed?.reports, 2);
  assert.equal(killed?.independentSources, 1);
  assert.equal(killed?.status, "single-source");
});

test("loose counts and quotes never conflict", () => {
  const p = analyzedArticle("p", "Two missiles were fired.", [{ sentence: 0, kind: "quantity", key: "count: missile", value: "2", number: 2 }]);
  const q = analyzedArticle("q", "Four missiles were fired.", [{ sentence: 0, kind: "quantity", key: "count: missile", value: "4", number: 4 }]);
  assert.equal(alignStory(story([p, q])).conflicts.length, 0);
});

test("entity spelling variants merge into one entity and one value", () => {
  const entities = (surface: string, key: string) => [{ surface, key, type: "person" as const }];
  const m = analyzedArticle("m", "Mayor Ilham Aliyev of Ganja spoke.", [{ sentence: 0, kind: "entity", key: "role: mayor of ganja", value: "ilham aliyev" }], { entities: entities("Ilham Aliyev", "ilham aliyev") });
  const n = analyzedArticle("n", "Mayor Ilham Aliev of Ganja spoke.", [{ sentence: 0, kind: "entity", key: "role: mayor of ganja", value: "ilham aliev" }], { entities: entities("Ilham Aliev", "ilham aliev") });
  const aligned = alignStory(story([m, n]));
  assert.equal(aligned.entities.filter((e) => e.type === "person").length, 1);
  assert.equal(aligned.conflicts.length, 0);
  assert.equal(aligned.facts.find((f) => f.key === "role: mayor of ganja")?.reports, 2);
});

test("a facility and a town are not set against each other: the airport lies in some town", () => {
  const at = (id: string, value: string, display: string) =>
    analyzedArticle(id, `The jet crashed at ${display} on Monday.`, [{ sentence: 0, kind: "place", key: "place: incident", value, display }], { published: "2031-05-05" });
  const aligned = alignStory(story([at("a", "hillview airport", "Hillview Airport"), at("b", "hillview airport", "Hillview Airport"), at("c", "eastport", "Eastport"), at("d", "eastport", "Eastport")]));
  assert.equal(aligned.conflicts.length, 0);
  const towns = alignStory(story([at("a", "westford", "Westford"), at("b", "westford", "Westford"), at("c", "eastport", "Eastport"), at("d", "eastport", "Eastport")]));
  assert.equal(towns.conflicts.length, 1);
});
