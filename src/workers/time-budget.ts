import type { Article } from "../types.js";
import type { TimeBudget } from "../config.js";
import { CorroborateError } from "../errors.js";
import { threadCpuMs } from "./thread-clock.js";

const BYTES_PER_MB = 1024 * 1024;

/** Milliseconds of a worker's CPU time a report of this many bytes may take to extract and analyse (startBudgetClock). */
export function budgetMs(bytes: number, budget: TimeBudget): number {
  return Math.round(Math.max(budget.minSeconds, (budget.secondsPerMb * bytes) / BYTES_PER_MB) * 1000);
}

export function tooSlow(source: string, ms: number): CorroborateError {
  const seconds = Number((ms / 1000).toFixed(1));
  return new CorroborateError("E_TOO_SLOW", "analyze", `report ${source} took longer than ${seconds} s to analyse; skipped`, source);
}

/** The size a story's budget is counted from: the text of its articles. */
export function textBytes(articles: readonly Article[]): number {
  return articles.reduce((sum, a) => sum + a.text.length, 0);
}

/** How often, at most, a budget's clock is read again while the thread it times has work left. */
const MIN_CHECK_MS = 50;
/**
 * However little CPU it gets, a report may not hold its thread longer than this many budgets of wall
 * time: a thread starved for good (or stuck outside the CPU) still ends with E_TOO_SLOW.
 */
const WALL_CEILING = 5;

/**
 * Calls `over` once the thread `thread` (its id from thread-clock.ts) has used `ms` of CPU from
 * now: a worker waiting for a core (behind readers, other programs, or at a lower priority) is not
 * over its budget, one running a runaway pattern is; none may take more than WALL_CEILING budgets
 * of wall time. With no thread clock (null, not Linux), once `ms` have passed. Returns what stops the clock.
 */
export function startBudgetClock(ms: number, thread: number | null, over: () => void): () => void {
  const cpuAtStart = thread === null ? null : threadCpuMs(thread);
  const wallAtStart = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const check = (wait: number) => {
    timer = setTimeout(() => {
      const cpu = cpuAtStart === null ? null : threadCpuMs(thread!);
      // A thread gone meanwhile has ended its task, which settles by itself.
      if (cpuAtStart !== null && cpu === null) return;
      const wall = performance.now() - wallAtStart;
      const left = Math.min(ms - (cpu === null ? wall : cpu - cpuAtStart!), ms * WALL_CEILING - wall);
      if (left <= 0) over();
      else check(Math.max(MIN_CHECK_MS, left));
    }, wait);
  };
  check(ms);
  return () => clearTimeout(timer);
}
