import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { getPriority } from "node:os";
import { AnalysisPool } from "./analysis-pool.js";
import { makeDocument } from "../ingest/document.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { currentThreadId } from "./thread-clock.js";

/** The niceness of each thread of this process (the 19th field of /proc/<pid>/task/<tid>/stat). */
function threadNiceness(): number[] {
  return readdirSync("/proc/self/task").map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]));
}

test("a pool given a niceness runs its threads that much lower than the process, and this thread keeps its priority", { skip: currentThreadId() === null ? "per-thread priorities are Linux's" : false }, async () => {
  const own = getPriority(0);
  const pool = new AnalysisPool(1, true, 7);
  try {
    const text = await pool.extractText(makeDocument("note.txt", new TextEncoder().encode("Headline\n\nThe town council of Brackwater met on Tuesday and voted to repair the old mill bridge.\n"), "text/plain"), DEFAULT_OPTIONS.budget);
    assert.match(text.text, /mill bridge/);
    const niceness = threadNiceness();
    assert.ok(niceness.includes(Math.min(19, own + 7)), `a thread at niceness ${own} + 7 among ${JSON.stringify(niceness)}`);
    assert.equal(getPriority(0), own, "this thread is left as it was");
  } finally {
    await pool.close();
  }
});
