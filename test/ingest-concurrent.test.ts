import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { withCopyNumber } from "./helpers/report-copies.js";

/** Copies of every example report, each with its own sentence; two folders share every event. */
const COPIES_PER_REPORT = 3;

function writeReports(dir: string): number {
  const reports = readdirSync("examples").filter((e) => statSync(join("examples", e)).isDirectory()).flatMap((e) =>
    readdirSync(join("examples", e)).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join("examples", e, f), "utf8")),
  );
  let n = 0;
  for (let copy = 0; copy < COPIES_PER_REPORT; copy++) {
    for (const text of reports) {
      const folder = join(dir, n % 2 === 0 ? "a" : "b");
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `report-${n}.txt`), withCopyNumber(text, n));
      n++;
    }
  }
  return n;
}

function ingest(inputs: string, db: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", inputs, "--db", db], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

test("two ingests writing one store at once lose nothing and leave every story consistent", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-concurrent-"));
  const total = writeReports(join(dir, "reports"));
  const db = join(dir, "store.db");
  const [a, b] = await Promise.all([ingest(join(dir, "reports", "a"), db), ingest(join(dir, "reports", "b"), db)]);
  assert.equal(a.code, 0, a.stderr.slice(-2000));
  assert.equal(b.code, 0, b.stderr.slice(-2000));

  const store = new Database(db, { readonly: true });
  try {
    assert.equal(store.prepare("SELECT count(*) FROM reports").pluck().get(), total);
    const orphans = store.prepare("SELECT count(*) FROM reports WHERE story_id NOT IN (SELECT id FROM stories)").pluck().get();
    assert.equal(orphans, 0, "reports placed in a story that no longer exists");
    const wrongSize = store.prepare("SELECT id, size, (SELECT count(*) FROM reports r WHERE r.story_id = s.id) AS members FROM stories s WHERE size != members").all();
    assert.deepEqual(wrongSize, [], "story sizes match their reports");
    const empty = store.prepare("SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id)").pluck().get();
    assert.equal(empty, 0, "no story without reports");
    const strayPostings = store.prepare("SELECT count(*) FROM postings WHERE story_id NOT IN (SELECT id FROM stories)").pluck().get();
    assert.equal(strayPostings, 0, "the candidate index points only at stories that exist");
  } finally {
    store.close();
  }
});
