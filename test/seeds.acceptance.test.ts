import { test } from "node:test";
import assert from "node:assert/strict";
import { runCorroborate } from "./helpers/cli.js";
import { HAVE_SEEDS, SEEDS_DIR, bodyLines, linesAfter, seedId, seedLines } from "./helpers/seeds.js";

interface Support { article: string; quote: string }
interface JsonStory {
  articles: { id: string; text: string; outlet: string | null; published: string | null }[];
  entities: { name: string; type: string; aliases: string[] }[];
  facts: { key: string; value: string; status: string; support: Support[] }[];
  conflicts: { key: string; positions: { value: string; display: string; support: Support[] }[] }[];
  sources: { article: string; contradicts: number }[];
}

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

const factReports = (story: JsonStory, key: RegExp, value: RegExp) =>
  Math.max(0, ...story.facts.filter((f) => key.test(f.key) && value.test(f.value)).map((f) => new Set(f.support.map((s) => s.article)).size));

test("facts: 38 killed (4+), 67 aboard (3+), crash on 2024-12-25 (3+), meeting in Dushanbe (4+)", { skip }, async () => {
  const story = (await storyPromise)!;
  assert.ok(factReports(story, /^killed$/, /^38$/) >= 4, "38 killed");
  assert.ok(factReports(story, /^aboard$/, /^67$/) >= 3, "67 aboard");
  assert.ok(factReports(story, /^date/, /^2024-12-25$/) >= 3, "crash date");
  assert.ok(factReports(story, /^place/, /dushanbe/i) >= 4, "meeting place");
});

test("conflicts: the destination, and the toll of 004 against 38 of 67", { skip }, async () => {
  const story = (await storyPromise)!;
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
});

test("004 contradicts the others more than any other report does", { skip }, async () => {
  const story = (await storyPromise)!;
  const d004 = seedId("004");
  const mine = story.sources.find((s) => s.article === d004)!.contradicts;
  for (const s of story.sources) if (s.article !== d004) assert.ok(s.contradicts < mine, `${s.article} ${s.contradicts} vs ${mine}`);
});

test("Aliyev and Aliev are one entity", { skip }, async () => {
  const story = (await storyPromise)!;
  const aliyev = story.entities.filter((e) => [e.name, ...e.aliases].some((n) => /\bAli(y)?ev\b/.test(n)));
  assert.equal(aliyev.length, 1);
  const names = [aliyev[0]!.name, ...aliyev[0]!.aliases].join(" ");
  assert.match(names, /Aliyev/);
  assert.match(names, /Aliev/);
});

test("every quote is an exact substring of its report's cleaned text", { skip }, async () => {
  const story = (await storyPromise)!;
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  const all = [...story.facts.flatMap((f) => f.support), ...story.conflicts.flatMap((c) => c.positions.flatMap((p) => p.support))];
  assert.ok(all.length > 20);
  for (const s of all) assert.ok(texts.get(s.article)!.includes(s.quote), `not in ${s.article}: ${s.quote}`);
});
