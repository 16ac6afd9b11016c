import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/**
 * What a command loads, seen from a child process (test/helpers/module-loads.mjs): a CLI that
 * loads every stage up front pays for them on every start, --help included.
 */
const ROOT = process.cwd();
const RECORDER = join(ROOT, "test", "helpers", "module-loads.mjs");
const BUILT_CLI = join(ROOT, "dist", "cli", "main.js");

/** What the CLI run from its sources (tsx) loads: files as paths from the repository's root, Node's own modules as node:NAME. */
function modulesLoaded(...argv: string[]): string[] {
  return loadsOf(["--import", "tsx", "--import", RECORDER, join(ROOT, "src", "cli", "main.ts"), ...argv]);
}

/** The same for the built CLI (dist/, what users run): bundles, and what they leave to load when run. */
function builtModulesLoaded(...argv: string[]): string[] {
  return loadsOf(["--import", RECORDER, BUILT_CLI, ...argv]);
}

function loadsOf(args: string[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "corroborate-loads-")), "loads.txt");
  writeFileSync(file, "");
  const run = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, MODULE_LOADS_FILE: file } });
  assert.equal(run.status, 0, run.stderr);
  // node_modules may be a link to a shared install: its files load under their real path.
  const prefixes = [[`${pathToFileURL(realpathSync(join(ROOT, "node_modules"))).href}/`, "node_modules/"], [`${pathToFileURL(ROOT).href}/`, ""]] as const;
  const named = (url: string) => prefixes.flatMap(([prefix, name]) => (url.startsWith(prefix) ? [name + url.slice(prefix.length)] : []))[0];
  const urls = [...new Set(readFileSync(file, "utf8").split("\n"))];
  return [...urls.flatMap((url) => named(url) ?? []), ...urls.filter((url) => url.startsWith("node:"))];
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

test("the built --help evaluates its one bundle and the two modules it shares, and not child_process", { skip: !existsSync(BUILT_CLI) && "dist/ is not built" }, () => {
  const loaded = builtModulesLoaded("--help");
  const files = loaded.filter((path) => !path.startsWith("node:") && !path.startsWith("test/"));
  // commander is inside the bundle; the commands, the store, the server and the language model are not loaded at all.
  assert.deepEqual(files.sort(), ["dist/cli/main.js", "dist/errors.js", "dist/version.js"]);
  // commander requires child_process for executable subcommands, which the CLI has none of (scripts/bundle-cli.mjs).
  assert.ok(loaded.includes("node:path"), "Node's own modules are listed");
  assert.ok(!loaded.includes("node:child_process"), "child_process is loaded only when used");
});
