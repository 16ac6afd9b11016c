import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { startBudgetClock } from "./time-budget.js";
import { currentThreadId, threadCpuMs } from "./thread-clock.js";

const thread = currentThreadId();
const linux = { skip: thread === null ? "no per-thread CPU clock here (Linux only)" : false };

/** Work until this thread has used `ms` of CPU (longer in wall time on a busy machine). */
function spin(ms: number): void {
  const until = threadCpuMs(thread!)! + ms;
  while (threadCpuMs(thread!)! < until);
}

test("a thread's CPU time does not grow while it waits", linux, async () => {
  const before = threadCpuMs(thread!)!;
  await sleep(300);
  const waited = threadCpuMs(thread!)! - before;
  assert.ok(waited < 100, `waiting 300 ms used ${waited.toFixed(0)} ms of CPU`);
});

test("the budget counts the thread's CPU time: waiting longer than the budget is not over it, working is", linux, async () => {
  let over = false;
  const stop = startBudgetClock(150, thread, () => (over = true));
  try {
    await sleep(400);
    assert.equal(over, false, "a thread that waited 400 ms has not used 150 ms of CPU");
    spin(200);
    await sleep(100);
    assert.equal(over, true, "a thread that used 200 ms of CPU is over a 150 ms budget");
  } finally {
    stop();
  }
});

test("with no thread clock the budget counts wall time, and a stopped clock never fires", async () => {
  let over = false;
  startBudgetClock(100, null, () => (over = true));
  const stop = startBudgetClock(100, null, () => assert.fail("a stopped clock fired"));
  stop();
  await sleep(250);
  assert.equal(over, true);
});

test("a thread that gets no CPU still ends after five budgets of wall time", linux, async () => {
  let over = false;
  const stop = startBudgetClock(60, thread, () => (over = true));
  try {
    await sleep(150);
    assert.equal(over, false, "waiting 150 ms is under five budgets of 60 ms");
    await sleep(350);
    assert.equal(over, true, "waiting 500 ms is over five budgets of 60 ms");
  } finally {
    stop();
  }
});
