import { readFileSync, readlinkSync } from "node:fs";

/**
 * The CPU time one thread of this process has used, read by another thread: a worker's time budget
 * counts the worker's own work (time-budget.ts), not the time it waited for a core behind readers,
 * other processes or threads of lower priority. Node 20 has no per-thread CPU clock
 * (process.threadCpuUsage came later, and counts only the calling thread), so this reads Linux's
 * per-thread scheduler counters; elsewhere there is no such clock and budgets count wall time.
 */

/** The calling thread's id in the operating system (Linux's tid), or null where it cannot be known. */
export function currentThreadId(): number | null {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>" of the thread that resolves it.
    const tid = Number(readlinkSync("/proc/thread-self").split("/").at(-1));
    return Number.isInteger(tid) && tid > 0 && threadCpuMs(tid) !== null ? tid : null;
  } catch {
    return null;
  }
}

/** Milliseconds of CPU the thread `tid` of this process has used so far, or null once it is gone. */
export function threadCpuMs(tid: number): number | null {
  try {
    // The first field of schedstat: nanoseconds the thread has run on a CPU.
    const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "latin1").split(" ")[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
