import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { runCorroborate } from "./helpers/cli.js";

const EXAMPLE = join(process.cwd(), "examples", "rail-crash");

function badInputs() {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
  const paths = { empty: join(dir, "empty.txt"), binary: join(dir, "photo.txt"), html: join(dir, "broken.html"), noText: join(dir, "nav-only.html") };
  writeFileSync(paths.empty, "  \n\n ");
  writeFileSync(paths.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0]));
  writeFileSync(paths.html, "<html><body><div><p>The harbour master said the ferry left late because the <b>engine had failed twice before noon. <p>Passengers waited on the quay for three hours while mechanics worked everywhere <table><tr><td>cell");
  writeFileSync(paths.noText, "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  return paths;
}

test("check prints a brief with agreed, disputed and per-report sections", async () => {
  const run = await runCorroborate("check", EXAMPLE);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^STORY 1\/1 /);
  for (const section of ["AGREED", "DISPUTED", "ONLY ONE REPORT", "REPORTS"]) assert.match(run.stdout, new RegExp(`^${section}`, "m"));
  assert.match(run.stdout, /destination/);
  assert.doesNotMatch(run.stdout, /\u001b\[/, "no colour codes when not a terminal");
});

test("a missing file is named on stderr; the other inputs are still checked; exit 1", async () => {
  const run = await runCorroborate("check", EXAMPLE, "no/such/report.txt");
  assert.equal(run.code, 1);
  assert.match(run.stdout, /skipped no\/such\/report\.txt: no such file or directory/);
  assert.match(run.stdout, /^STORY 1\/1 /);
});

test("empty, binary and article-less inputs each get one clear message and exit 1", async () => {
  const paths = badInputs();
  const run = await runCorroborate("check", EXAMPLE, paths.empty, paths.binary, paths.noText, "--format", "json");
  assert.equal(run.code, 1);
  const lines = run.stderr.trim().split("\n");
  assert.equal(lines.length, 3, run.stderr);
  assert.match(run.stderr, /empty\.txt: .*empty/i);
  assert.match(run.stderr, /photo\.txt: .*binary/i);
  assert.match(run.stderr, /nav-only\.html: .*no article text/i);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  const json = JSON.parse(run.stdout) as { stories: unknown[]; failures: { source: string }[] };
  assert.equal(json.stories.length, 1);
  assert.equal(json.failures.length, 3);
});

test("broken HTML is read, not crashed on", async () => {
  const paths = badInputs();
  const run = await runCorroborate("extract", paths.html);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /everywhere/);
});

test("nothing usable at all exits 2", async () => {
  const paths = badInputs();
  const run = await runCorroborate("check", paths.empty);
  assert.equal(run.code, 2);
  assert.match(run.stdout, /No story could be built/);
});

test("a wrong --format is a usage error with the choices", async () => {
  const run = await runCorroborate("check", EXAMPLE, "--format", "pdf");
  assert.equal(run.code, 2);
  assert.match(run.stderr, /choose one of text, json, markdown/);
});

test("--help lists the commands", async () => {
  const run = await runCorroborate("--help");
  assert.equal(run.code, 0);
  assert.match(run.stdout, /check \[options\] <inputs\.\.\.>/);
  assert.match(run.stdout, /extract \[options\] <inputs\.\.\.>/);
});

test("markdown output quotes the sentences and escapes markup", async () => {
  const run = await runCorroborate("check", EXAMPLE, "--format", "markdown");
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^# Corroboration brief/);
  assert.match(run.stdout, /^### Disputed/m);
  assert.match(run.stdout, /: > /);
});

test("--output writes the result to a file", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "corroborate-out-")), "brief.json");
  const run = await runCorroborate("check", EXAMPLE, "--format", "json", "--output", out);
  assert.equal(run.code, 0);
  assert.equal(run.stdout, "");
  assert.equal((JSON.parse(readFileSync(out, "utf8")) as { version: number }).version, 1);
});

test("extract --format json gives metadata and the removed lines with their rules", async () => {
  const run = await runCorroborate("extract", join(EXAMPLE, "steppe-wire.txt"), "--format", "json");
  assert.equal(run.code, 0);
  const [article] = JSON.parse(run.stdout) as { title: string; published: string; removed: { rule: string }[]; text: string }[];
  assert.ok(article!.title.length > 10);
  assert.match(article!.published, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(article!.removed.some((r) => r.rule.startsWith("EXTRACT_DROP_")));
});

test("the installed binary reads standard input and never prints a stack trace", () => {
  const cli = ["--import", "tsx", join(process.cwd(), "src", "cli", "main.ts")];
  const text = readFileSync(join(EXAMPLE, "steppe-wire.txt"));
  const piped = spawnSync(process.execPath, [...cli, "extract", "-"], { input: text, encoding: "utf8" });
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(piped.stdout.length > 500);
  const missing = spawnSync(process.execPath, [...cli, "check", "/nonexistent/dir"], { encoding: "utf8" });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr + missing.stdout, /no such file or directory: \/nonexistent\/dir/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});
