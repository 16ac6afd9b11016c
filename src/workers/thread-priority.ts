import { getPriority, setPriority } from "node:os";

/** The lowest priority a thread can have on Unix. */
const MAX_NICENESS = 19;

/** What a pool tells each of its threads as it starts them (analysis-pool.ts). */
export interface WorkerSettings {
  /**
   * How much lower than the process the thread runs (0 to 19): a server's write path yields the
   * cores to the thread that answers readers, instead of sharing them equally.
   */
  niceness: number;
}

/**
 * Lower the calling thread's priority by `niceness`. Only where the thread's own CPU time is
 * counted (`timed`: thread-clock.ts), so that a report waiting for a core is not over its budget;
 * and on Linux a priority set this way is the thread's alone (elsewhere the whole process's).
 */
export function lowerThreadPriority(niceness: number, timed: boolean): void {
  if (niceness <= 0 || !timed || process.platform !== "linux") return;
  try {
    setPriority(0, Math.min(MAX_NICENESS, getPriority(0) + niceness));
  } catch {
    // A system that refuses it leaves the thread at the process's priority: slower readers, never a failure.
  }
}
