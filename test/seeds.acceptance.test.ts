import { test } from "node:test";
import assert from "node:assert/strict";
import { runCorroborate } from "./helpers/cli.js";
import { HAVE_SEEDS, SEEDS_DIR, bodyLines, linesAfter, seedId, seedLines } from "./helpers/seeds.js";
import { assertEvidenceIsExact, assertOutlierContradictsMost, assertSeedConflicts, assertSeedFacts, assertSpellingsMerged, type JsonStory } from "./helpers/seed-findings.js";


const skip = HAVE_SEEDS ? false : "../shared/seeds is not beside the repo";

async function seedStory(): Promise<JsonStory> {
  const run = await runCorroborate("check", SEEDS_DIR, "--format", "json");
  assert.equal(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout) as { version: number; stories: JsonStory[] };
  assert.equal(json.version, 1);
  assert.equal(json.stories.length, 1, "one story");
  return json.stories[0]!;
}

const storyPromise = HAVE_SEEDS ? seedStory() : Promise.resolve(null);
const text = async (prefix: string) => (await storyPromise)!.articles.find((a) => a.id === seedId(prefix))!.text;
const paragraphs = async (prefix: string) => new Set((await text(prefix)).split("\n\n"));

test("the five seeds form one story holding all five reports", { skip }, async () => {
  const story = (await storyPromise)!;
  assert.equal(story.articles.length, 5);
});

test("000: no trending list, menus, opinion list or contact footer", { skip }, async () => {
  const t = await text("000");
  assert.doesNotMatch(t, /trending|left menu|opinion \/ blog|connect us on|newsletter/i);
  assert.doesNotMatch(t, /@[\w-]+\.\w+|phone:|©|copyright|privacy policy/i);
  const kept = await paragraphs("000");
  for (const line of linesAfter("000", /^TRENDING$/i)) assert.ok(!kept.has(line), `chrome kept: ${line}`);
});

test("001: no foreign-language ticker, support prompts, ad or list markers, related news", { skip }, async () => {
  const t = await text("001");
  const ticker = seedLines("001")[0]!.replace(/^date \d{4}-\d{2}-\d{2}\s*/, "");
  assert.ok(!t.includes(ticker.slice(0, 60)), "ticker kept");
  assert.doesNotMatch(t, /support us|advertisement|promote your business|list of \d+ items|end of list|related news/i);
  const kept = await paragraphs("001");
  for (const line of linesAfter("001", /^related news$/i)) assert.ok(!kept.has(line), `related item kept: ${line}`);
});

test("002: no masthead slogan, counters or reply form", { skip }, async () => {
  const t = await text("002");
  assert.ok(!(await paragraphs("002")).has(seedLines("002")[0]!), "slogan kept");
  assert.doesNotMatch(t, /leave a reply|email address will not be published/i);
  assert.doesNotMatch(t, /^\d+\s+\d+$/m);
});

test("003: no 'Also Read'", { skip }, async () => {
  assert.doesNotMatch(await text("003"), /also read/i);
});

test("004: no list of other headlines at the end", { skip }, async () => {
  const lines = seedLines("004").filter((l) => l.length > 0);
  const lastBody = lines.findLastIndex((l) => l.split(/\s+/).length >= 20);
  const trailing = lines.slice(lastBody + 1);
  assert.ok(trailing.length >= 3, "the seed ends with a headline list");
  const kept = await paragraphs("004");
  for (const line of trailing) assert.ok(!kept.has(line), `headline kept: ${line}`);
});

test("every body paragraph of every seed is kept", { skip }, async () => {
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    const t = await text(prefix);
    const body = bodyLines(prefix);
    assert.ok(body.length >= 3, `${prefix} has body lines`);
    for (const line of body) assert.ok(t.includes(line), `${prefix} lost: ${line.slice(0, 80)}`);
  }
});

test("facts: 38 killed (4+), 67 aboard (3+), crash on 2024-12-25 (3+), meeting in Dushanbe (4+)", { skip }, async () => {
  assertSeedFacts((await storyPromise)!);
});

test("conflicts: the destination, and the toll of 004 against 38 of 67", { skip }, async () => {
  assertSeedConflicts((await storyPromise)!);
});

test("004 contradicts the others more than any other report does", { skip }, async () => {
  assertOutlierContradictsMost((await storyPromise)!);
});

test("Aliyev and Aliev are one entity", { skip }, async () => {
  assertSpellingsMerged((await storyPromise)!);
});

test("every quote is an exact substring of its report's cleaned text", { skip }, async () => {
  assertEvidenceIsExact((await storyPromise)!);
});
