import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

/**
 * What a command loads, seen from a child process (test/helpers/module-loads.mjs): a CLI that
 * loads every stage up front pays for them on every start, --help included.
 */
const ROOT = process.cwd();
const RECORDER = join(ROOT, "test", "helpers", "module-loads.mjs");

function modulesLoaded(...argv: string[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "corroborate-loads-")), "loads.txt");
  writeFileSync(file, "");
  const run = spawnSync(process.execPath, ["--import", "tsx", "--import", RECORDER, join(ROOT, "src", "cli", "main.ts"), ...argv], {
    encoding: "utf8",
    env: { ...process.env, MODULE_LOADS_FILE: file },
  });
  assert.equal(run.status, 0, run.stderr);
  const prefix = new URL(`file://${ROOT}/`).href;
  return [...new Set(readFileSync(file, "utf8").split("\n"))].filter((url) => url.startsWith(prefix)).map((url) => url.slice(prefix.length));
}

function onePage(): string {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-page-"));
  const paragraph = "The ferry from Norderwick to Halmsby left forty minutes late on Tuesday because a crane on the quay had failed, the harbour office said.";
  writeFileSync(join(dir, "ferry.html"), `<html lang="en"><head><title>Ferry late</title></head><body><article><h1>Ferry late</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`);
  return dir;
}

const LANGUAGE_MODEL = /^node_modules\/eld\//;
/** The stages after extraction, and the store, server and queue (their option defaults apart). */
const STAGES_NOT_FOR_EXTRACT = /^src\/(?:analyze|align|cluster|store|watch|serve\/(?!options\.ts)|queue\/(?!job-timeout\.ts))/;

test("--help loads the argument parser and nothing of the commands", () => {
  const loaded = modulesLoaded("--help");
  const ours = loaded.filter((path) => path.startsWith("src/"));
  const outsideCli = ours.filter((path) => !path.startsWith("src/cli/"));
  // Constants the options print (defaults, limits) live beside their stages, apart from their code.
  assert.deepEqual(outsideCli.sort(), ["src/config.ts", "src/errors.ts", "src/queue/job-timeout.ts", "src/serve/options.ts", "src/version.ts"]);
  assert.ok(!ours.some((path) => /-command\.ts$/.test(path)), `no command's code: ${ours.join(", ")}`);
  const packages = new Set(loaded.filter((path) => path.startsWith("node_modules/")).map((path) => path.split("/")[1]));
  packages.delete("tsx"); // the test's own loader
  packages.delete("esbuild"); // tsx's compiler
  assert.deepEqual([...packages], ["commander"]);
});

test("extract printing text loads neither the language model nor the analysis stages, in any thread", () => {
  const loaded = modulesLoaded("extract", onePage());
  assert.ok(loaded.some((path) => path.startsWith("src/extract/html/")), "the extractor itself is loaded (the list is complete)");
  assert.deepEqual(loaded.filter((path) => LANGUAGE_MODEL.test(path) || STAGES_NOT_FOR_EXTRACT.test(path)), []);
});

test("extract printing JSON loads the language model, as it prints the language", () => {
  const loaded = modulesLoaded("extract", "--format", "json", onePage());
  assert.ok(loaded.some((path) => LANGUAGE_MODEL.test(path)));
});
