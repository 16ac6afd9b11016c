import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCorroborate } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "corroborate-store-"));
const db = join(dir, "news.db");
const EXAMPLES = ["examples/earthquake", "examples/flood-kellmoor", "examples/flood-rio-palmar"];
interface StoryJson { id: string; headline: string; reports: number; independentOutlets: number; disputed: number; articles: { id: string; source: string }[] }
const stories = async (file = db) => (JSON.parse((await runCorroborate("stories", "--db", file, "--format", "json")).stdout) as { stories: StoryJson[] }).stories;

test("ingest stores each report once and places it in its story; a second ingest changes no count", async () => {
  const first = await runCorroborate("ingest", ...EXAMPLES, "--db", db);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /stored 11 new reports, 0 already stored/);
  const again = await runCorroborate("ingest", ...EXAMPLES, "--db", db);
  assert.match(again.stdout, /stored 0 new reports, 11 already stored, 0 skipped; .* holds 11 reports in 3 stories/);
  const listed = await stories();
  assert.deepEqual(listed.map((s) => s.reports).sort(), [3, 3, 5]);
  const quake = listed.find((s) => s.articles.some((a) => a.id === "cpa-day1"))!;
  assert.equal(quake.independentOutlets, 4);
  assert.equal(quake.disputed, 1);
  assert.ok(quake.articles.every((a) => typeof a.source === "string"));
});

test("piped ingest writes one NDJSON progress line per report on stderr", async () => {
  const run = await runCorroborate("ingest", "examples/flood-kellmoor", "--db", db);
  const lines = run.stderr.trim().split("\n").map((l) => JSON.parse(l) as { status: string; done: number; total: number });
  assert.deepEqual(lines.map((l) => [l.status, l.done, l.total]), [["duplicate", 1, 3], ["duplicate", 2, 3], ["duplicate", 3, 3]]);
});

test("show prints a stored story's brief with the v1 JSON contract, text and Markdown", async () => {
  const quake = (await stories()).find((s) => s.articles.some((a) => a.id === "cpa-day1"))!;
  const json = await runCorroborate("show", quake.id, "--db", db, "--format", "json");
  assert.equal(json.code, 0, json.stderr);
  const report = JSON.parse(json.stdout) as { version: number; stories: { id: string; updates: { key: string }[]; reprints: string[][] }[] };
  assert.equal(report.version, 1);
  assert.equal(report.stories[0]!.id, quake.id);
  assert.deepEqual(report.stories[0]!.reprints.map((g) => [...g].sort()), [["cpa-day2", "gulf-tribune"]]);
  assert.ok(report.stories[0]!.updates.some((u) => u.key === "killed"));
  const text = await runCorroborate("show", quake.id, "--db", db);
  assert.match(text.stdout, /12 → 87 → 140 dead/);
  const markdown = await runCorroborate("show", quake.id, "--db", db, "--format", "markdown");
  assert.match(markdown.stdout, /### Updated over time/);
});

test("user errors end in one line and exit code 2, and the store is left as it was", async () => {
  const unknown = await runCorroborate("show", "s-nosuchstory", "--db", db);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^corroborate: no story s-nosuchstory in .*\n$/);
  const missing = await runCorroborate("stories", "--db", join(dir, "absent.db"));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no store at/);
  assert.ok(!existsSync(join(dir, "absent.db")), "a read does not create a store");
  const noDir = await runCorroborate("ingest", "examples/flood-kellmoor", "--db", join(dir, "no", "such", "dir.db"));
  assert.equal(noDir.code, 2);
  assert.match(noDir.stderr, /directory .* does not exist/);
  const corrupt = join(dir, "corrupt.db");
  writeFileSync(corrupt, "this is not a database, just some text that happens to be here\n".repeat(100));
  const bad = await runCorroborate("ingest", "examples/flood-kellmoor", "--db", corrupt);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^corroborate: cannot use .* as a store: the file is damaged or is not a database\n$/);
  assert.equal((await stories()).reduce((n, s) => n + s.reports, 0), 11);
});

test("reports from two files with one name get distinct ids", async () => {
  const a = join(dir, "a");
  const b = join(dir, "b");
  for (const [folder, toll] of [[a, 3], [b, 5]] as const) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "report.txt"), `A storm killed ${toll} people in the port town of Vellmouth on Sunday, officials said. Roofs were torn off and boats sank in the harbour.\n`);
  }
  const file = join(dir, "ids.db");
  await runCorroborate("ingest", a, "--db", file);
  await runCorroborate("ingest", b, "--db", file);
  const ids = (await stories(file)).flatMap((s) => s.articles.map((x) => x.id)).sort();
  assert.deepEqual(ids, ["report", "report-2"]);
});
