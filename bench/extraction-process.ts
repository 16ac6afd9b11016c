/**
 * Whole-process time for bench:extraction: `corroborate extract DIR` (the built CLI, dist/) against
 * Readability+linkedom as a plain Node script (bench/readability-process.mjs) over the same pages,
 * output discarded. Each runs ROUNDS times, alternating; the fastest of each counts, so a busy
 * moment on a shared machine does not decide the ratio. Wall time is the user's wait; CPU time
 * (user + system, all threads) is what the work costs, and holds better on a loaded machine.
 * Also the CPU time of `corroborate --help`, the cost of starting the CLI at all.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const ROUNDS = 3;
const HELP_ROUNDS = 5;
const CLI = resolve(process.cwd(), "dist/cli/main.js");
const READABILITY = resolve(process.cwd(), "bench/readability-process.mjs");
/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface ProcessTime {
  wall: number;
  cpu: number | null;
}

export interface ProcessTimes {
  ours: ProcessTime;
  readability: ProcessTime;
  /** CPU seconds of `corroborate --help`, fastest of a few; null where the system does not say. */
  helpCpu: number | null;
}

/** Null when dist/ is not built. */
export function timeProcesses(dir: string): ProcessTimes | null {
  if (!existsSync(CLI)) return null;
  const ours: ProcessTime[] = [];
  const readability: ProcessTime[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(timed([CLI, "extract", dir]));
    readability.push(timed([READABILITY, dir]));
  }
  const help = Array.from({ length: HELP_ROUNDS }, () => timed([CLI, "--help"]).cpu);
  return { ours: fastest(ours), readability: fastest(readability), helpCpu: minimum(help) };
}

function timed(args: string[]): ProcessTime {
  const cpuBefore = childrenCpu();
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
  if (result.error) throw result.error;
  const wall = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpu();
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** CPU seconds of this process's finished children (cutime + cstime in /proc/self/stat), or null off Linux. */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function fastest(times: ProcessTime[]): ProcessTime {
  return { wall: Math.min(...times.map((t) => t.wall)), cpu: minimum(times.map((t) => t.cpu)) };
}

function minimum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.min(...known) : null;
}
