import { setTimeout as sleep } from "node:timers/promises";
import type { Store } from "../../store/index.js";
import { ANALYSIS_VERSION } from "../../analysis-version.js";
import { isCorroborateError } from "../../errors.js";

/** What the refresh needs of the readers' pool: whether a reader's task is waiting for a thread. */
export interface PoolLoad {
  readonly waiting: number;
}

/** How often a paused refresh looks again whether readers' tasks still wait: short next to an alignment. */
const PAUSE_MS = 50;

/** Progress lines per refresh, at most: one every tenth of the stories (and the first and last). */
const PROGRESS_STEPS = 10;

/**
 * When `serve` starts on a store whose stories lack current views (stored by a process that kept
 * none, or made by older analysis rules: analysis-version.ts), their first readers would each wait
 * for an alignment. This makes them before anyone asks: newest stories first (the most read), one
 * at a time in the readers' pool, and only while no reader's task waits there, so it takes a
 * thread only when readers leave one idle. Readers are answered meanwhile: a story not made yet is
 * made by its first reader, as always. A story that cannot be made (over its time budget) is left
 * to its reader; stops when `signal` aborts. Progress goes to `log`.
 */
export async function refreshViews(store: Store, prepare: (storyId: string) => Promise<unknown>, pool: PoolLoad, log: (line: string) => void, signal: AbortSignal): Promise<void> {
  const due = await store.storiesWithoutView(ANALYSIS_VERSION);
  if (due.length === 0) return;
  const started = Date.now();
  const every = Math.max(1, Math.ceil(due.length / PROGRESS_STEPS));
  log(`corroborate serve: making ${due.length} story views in the background (newest first; readers come first)`);
  let made = 0;
  let failed = 0;
  for (const storyId of due) {
    while (pool.waiting > 0 && !signal.aborted) await sleep(PAUSE_MS);
    if (signal.aborted) break;
    try {
      await prepare(storyId);
      made++;
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      failed++;
    }
    const done = made + failed;
    if (done % every === 0 && done < due.length) log(`corroborate serve: story views ${done}/${due.length}`);
  }
  const left = due.length - made - failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`corroborate serve: story views made: ${made} in ${seconds} s${failed ? `, ${failed} left to their readers (over budget)` : ""}${left ? `, ${left} not reached (stopped)` : ""}`);
}
