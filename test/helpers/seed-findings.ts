import assert from "node:assert/strict";
import { seedId } from "./seeds.js";

/** The seed story as the JSON contract gives it (check --format json, show, GET /api/stories/:id). */
export interface Support { article: string; quote: string }
export interface JsonStory {
  articles: { id: string; text: string; outlet: string | null; published: string | null }[];
  entities: { name: string; type: string; aliases: string[] }[];
  facts: { key: string; value: string; status: string; support: Support[] }[];
  conflicts: { key: string; positions: { value: string; display: string; support: Support[] }[] }[];
  sources: { article: string; contradicts: number }[];
}

const factReports = (story: JsonStory, key: RegExp, value: RegExp) =>
  Math.max(0, ...story.facts.filter((f) => key.test(f.key) && value.test(f.value)).map((f) => new Set(f.support.map((s) => s.article)).size));

/** Facts: 38 killed (4+ reports), 67 aboard (3+), crash on 2024-12-25 (3+), meeting in Dushanbe (4+). */
export function assertSeedFacts(story: JsonStory): void {
  assert.ok(factReports(story, /^killed$/, /^38$/) >= 4, "38 killed");
  assert.ok(factReports(story, /^aboard$/, /^67$/) >= 3, "67 aboard");
  assert.ok(factReports(story, /^date/, /^2024-12-25$/) >= 3, "crash date");
  assert.ok(factReports(story, /^place/, /dushanbe/i) >= 4, "meeting place");
}

/** Conflicts: the destination, and the toll of 004 against 38 of 67. */
export function assertSeedConflicts(story: JsonStory): void {
  const d004 = seedId("004");
  const destination = story.conflicts.find((c) => c.key === "destination");
  assert.ok(destination, "destination conflict");
  const moscow = destination.positions.find((p) => /moscow/i.test(p.value));
  const grozny = destination.positions.find((p) => /grozny/i.test(p.value));
  assert.deepEqual(moscow?.support.map((s) => s.article), [d004]);
  assert.ok((grozny?.support.length ?? 0) >= 2);

  const toll = story.conflicts.find((c) => c.key === "killed");
  assert.ok(toll, "toll conflict");
  const all = toll.positions.find((p) => p.support.some((s) => s.article === d004));
  const counted = toll.positions.find((p) => p.value === "38");
  assert.ok(all && /all/.test(all.display));
  assert.ok(counted && counted.support.length >= 3 && !counted.support.some((s) => s.article === d004));
}

/** 004 contradicts the others more than any other report does. */
export function assertOutlierContradictsMost(story: JsonStory): void {
  const d004 = seedId("004");
  const mine = story.sources.find((s) => s.article === d004)!.contradicts;
  for (const s of story.sources) if (s.article !== d004) assert.ok(s.contradicts < mine, `${s.article} ${s.contradicts} vs ${mine}`);
}

/** Aliyev and Aliev are one entity. */
export function assertSpellingsMerged(story: JsonStory): void {
  const aliyev = story.entities.filter((e) => [e.name, ...e.aliases].some((n) => /\bAli(y)?ev\b/.test(n)));
  assert.equal(aliyev.length, 1);
  const names = [aliyev[0]!.name, ...aliyev[0]!.aliases].join(" ");
  assert.match(names, /Aliyev/);
  assert.match(names, /Aliev/);
}

/** Every quote is an exact substring of its report's cleaned text. */
export function assertEvidenceIsExact(story: JsonStory): void {
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  const all = [...story.facts.flatMap((f) => f.support), ...story.conflicts.flatMap((c) => c.positions.flatMap((p) => p.support))];
  assert.ok(all.length > 20);
  for (const s of all) assert.ok(texts.get(s.article)!.includes(s.quote), `not in ${s.article}: ${s.quote}`);
}
