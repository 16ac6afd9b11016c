import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../store/index.js";
import { CorroborateError } from "../../errors.js";
import { refreshViews } from "./view-refresh.js";

const storeDue = (ids: string[]) => ({ storiesWithoutView: async () => ids }) as unknown as Store;

test("the background refresh waits while readers' tasks wait for a thread, and leaves a story over budget to its reader", async () => {
  const pool = { waiting: 1 };
  const made: string[] = [];
  const log: string[] = [];
  const prepare = async (id: string) => {
    if (id === "s-slow") throw new CorroborateError("E_TOO_SLOW", "analyze", "over budget");
    made.push(id);
  };
  const done = refreshViews(storeDue(["s-new", "s-slow", "s-old"]), prepare, pool, (line) => log.push(line), new AbortController().signal);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(made, [], "nothing taken from the pool while a reader's task waits");
  pool.waiting = 0;
  await done;
  assert.deepEqual(made, ["s-new", "s-old"]);
  assert.match(log.at(-1)!, /made: 2 .*1 left to their readers/);
});

test("the background refresh stops when the server closes, and a bug is not taken for a slow story", async () => {
  const stop = new AbortController();
  const made: string[] = [];
  const prepare = async (id: string) => {
    made.push(id);
    stop.abort();
  };
  await refreshViews(storeDue(["a", "b", "c"]), prepare, { waiting: 0 }, () => {}, stop.signal);
  assert.deepEqual(made, ["a"]);
  const buggy = async () => {
    throw new TypeError("undefined is not a function");
  };
  await assert.rejects(refreshViews(storeDue(["a"]), buggy, { waiting: 0 }, () => {}, new AbortController().signal), TypeError);
});
