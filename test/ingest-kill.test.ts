import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { withCopyNumber } from "./helpers/report-copies.js";
import { runCorroborate } from "./helpers/cli.js";

/** Reports in the generated ingest: enough that the kill lands well inside it. */
const REPORTS = 300;
/** Receipts read before the kill. */
const KILL_AFTER = 40;

/** Distinct reports made from the examples: each copy has its own sentence, so its own text. */
function writeReports(dir: string): void {
  const sources = readdirSync("examples").filter((e) => statSync(join("examples", e)).isDirectory()).flatMap((e) =>
    readdirSync(join("examples", e)).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join("examples", e, f), "utf8")),
  );
  for (let i = 0; i < REPORTS; i++) {
    const folder = join(dir, `batch-${Math.floor(i / 50)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `report-${i}.txt`), withCopyNumber(sources[i % sources.length]!, i));
  }
}

test("a SIGKILL during a large ingest loses no report it had reported stored, and the next ingest continues", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-kill-"));
  const inputs = join(dir, "reports");
  const db = join(dir, "store.db");
  writeReports(inputs);

  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", inputs, "--db", db], { stdio: ["ignore", "ignore", "pipe"] });
  const receipts: string[] = [];
  let buffer = "";
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) {
      const event = JSON.parse(line) as { status: string; id: string };
      if (event.status === "stored") receipts.push(event.id);
      if (receipts.length === KILL_AFTER) child.kill("SIGKILL");
    }
  });
  assert.equal(await exited, "SIGKILL", "the ingest was killed, not finished");

  const store = new Database(db, { readonly: true });
  const stored = new Set(store.prepare("SELECT id FROM reports").pluck().all() as string[]);
  store.close();
  for (const id of receipts) assert.ok(stored.has(id), `report ${id} was reported stored but is missing`);
  assert.ok(stored.size < REPORTS, "killed before the end");

  const next = await runCorroborate("ingest", inputs, "--db", db);
  assert.equal(next.code, 0, next.stderr);
  assert.match(next.stdout, new RegExp(`stored ${REPORTS - stored.size} new reports, ${stored.size} already stored, 0 skipped; .* holds ${REPORTS} reports`));
});
