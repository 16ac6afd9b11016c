import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/program.js";
import type { CliIO } from "../src/cli/io.js";
import { runCorroborate } from "./helpers/cli.js";

const EXAMPLE = join(process.cwd(), "examples", "rail-crash");
const tempDir = () => mkdtempSync(join(tmpdir(), "corroborate-robust-"));

async function runWithEnv(env: Record<string, string>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

test("check names skipped inputs on stderr in the text brief too", async () => {
  const run = await runCorroborate("check", EXAMPLE, "no/such/report.txt");
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^corroborate: skipped no\/such\/report\.txt: no such file or directory/m);
  assert.match(run.stdout, /^STORY 1\/1 /);
});

test("a report over the time budget is skipped with E_TOO_SLOW's message; the rest of the check goes on", async () => {
  const dir = tempDir();
  const big = join(dir, "long-dispatch.txt");
  const body = readdirSync(EXAMPLE).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(EXAMPLE, f), "utf8")).join("\n");
  writeFileSync(big, "A very long dispatch\n\n" + Array.from({ length: 800 }, (_, i) => `${body}\nCopy ${i}.\n`).join("\n"));
  // 1 s of a worker's CPU at most per report: the examples take a fraction of it, the 9 MB file
  // several times more.
  const run = await runWithEnv({ CORROBORATE_MIN_SECONDS: "1" }, "check", EXAMPLE, big, "--seconds-per-mb", "0.01");
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /skipped .*long-dispatch\.txt: report .*long-dispatch\.txt took longer than 1 s to analyse; skipped/);
  assert.match(run.stdout, /^STORY 1\/1 .*\n5 reports/m);
});

test("a bad budget in the environment is one clear message", async () => {
  await assert.rejects(runWithEnv({ CORROBORATE_SECONDS_PER_MB: "fast" }, "check", EXAMPLE), /CORROBORATE_SECONDS_PER_MB=fast: give a number of seconds/);
  const option = await runCorroborate("check", EXAMPLE, "--seconds-per-mb", "0");
  assert.equal(option.code, 2);
  assert.match(option.stderr, /--seconds-per-mb.*give a number of seconds above 0/);
});

test("output piped into a reader that stops early (| head) ends quietly", async () => {
  for (const argv of [["check", EXAMPLE, "--format", "json"], ["extract", EXAMPLE, "--format", "ndjson"]]) {
    const child = spawn(process.execPath, ["--import", "tsx", join(process.cwd(), "src", "cli", "main.ts"), ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    // Read the first chunk, then close the pipe, as `head -1` does.
    await new Promise((resolve) => child.stdout.once("data", resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on("close", resolve));
    assert.equal(stderr, "", `${argv[0]}: nothing on stderr`);
    assert.equal(code, 0, argv[0]);
  }
});

test("extract of a batch where one page holds no article text writes the rest, names that page, and exits 0", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "nav-only.html"), "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>");
  const run = await runCorroborate("extract", EXAMPLE, join(dir, "nav-only.html"), "--format", "ndjson");
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim().split("\n").length, 5);
  assert.match(run.stderr, /nav-only\.html: no article text/);
  const none = await runCorroborate("extract", join(dir, "nav-only.html"));
  assert.equal(none.code, 2, "nothing usable");
});

test("check and ingest give the same story the same id", async () => {
  const db = join(tempDir(), "ids.db");
  const checked = JSON.parse((await runCorroborate("check", EXAMPLE, "--format", "json")).stdout) as { stories: { id: string }[] };
  assert.equal((await runCorroborate("ingest", EXAMPLE, "--db", db)).code, 0);
  const stored = JSON.parse((await runCorroborate("stories", "--db", db, "--format", "json")).stdout) as { stories: { id: string }[] };
  assert.deepEqual(stored.stories.map((s) => s.id), checked.stories.map((s) => s.id));
});

test("the same report under another name, or with other line endings, is stored once", async () => {
  const dir = tempDir();
  const db = join(dir, "dedupe.db");
  const text = readFileSync(join(EXAMPLE, "steppe-wire.txt"), "utf8");
  writeFileSync(join(dir, "copy-a.txt"), text);
  writeFileSync(join(dir, "copy-b.txt"), text.replace(/\n/g, "\r\n"));
  const first = await runCorroborate("ingest", join(EXAMPLE, "steppe-wire.txt"), "--db", db);
  assert.match(first.stdout, /stored 1 new report/);
  const copies = await runCorroborate("ingest", join(dir, "copy-a.txt"), join(dir, "copy-b.txt"), "--db", db);
  assert.match(copies.stdout, /stored 0 new reports, 2 already stored/);
});

test("stories have their summaries once ingest ends: listing aligns nothing", async () => {
  const { openSqliteStore } = await import("../src/store/index.js");
  const db = join(tempDir(), "summaries.db");
  await runCorroborate("ingest", "examples/earthquake", "examples/flood-kellmoor", "--db", db);
  const store = openSqliteStore(db, { create: false });
  try {
    const records = await store.listStories();
    assert.equal(records.length, 2);
    assert.ok(records.every((r) => r.summary !== null && r.summary.reports === r.size));
  } finally {
    await store.close();
  }
});

test("a file mostly in UTF-8 with a few broken bytes is read as UTF-8, with a warning on stderr", async () => {
  const dir = tempDir();
  // "café" in UTF-8 throughout, and one Latin-1 "é" (a single byte 0xE9) pasted into the body.
  const [before, after] = readFileSync(join(EXAMPLE, "steppe-wire.txt"), "utf8").replace("derailed", "derailed near a café").split("Rescue teams");
  writeFileSync(join(dir, "broken.txt"), Buffer.concat([Buffer.from(before!, "utf8"), Buffer.from("Admi"), Buffer.from([0xe9]), Buffer.from("s rescue teams" + after!, "utf8")]));
  const run = await runCorroborate("extract", join(dir, "broken.txt"));
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /near a café/, "the UTF-8 read as UTF-8, not as Latin-1 (cafÃ©)");
  assert.match(run.stdout, /Admi\ufffds rescue teams/);
  assert.match(run.stderr, /^corroborate: warning: .*broken\.txt: 1 byte is not valid UTF-8/m);
});
