/**
 * Whole-process time for bench:extraction: `corroborate extract DIR` (the built CLI, dist/) against
 * Readability+linkedom as a plain Node script (bench/readability-process.mjs) over the same pages,
 * output discarded. Each runs ROUNDS times, alternating; the fastest and the median of each are
 * kept, so one busy moment on a shared machine does not decide the ratio. Wall time is the user's
 * wait; CPU time (user + system, all threads) is what the work costs, and holds better on a loaded
 * machine. Also the CPU time of `corroborate --help`, the cost of starting the CLI at all, beside
 * that of bare `node -e 0`, the part no CLI can remove.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const ROUNDS = 3;
const HELP_ROUNDS = 9;
const CLI = resolve(process.cwd(), "dist/cli/main.js");
const READABILITY = resolve(process.cwd(), "bench/readability-process.mjs");
/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface ProcessTime {
  wall: number;
  cpu: number | null;
}

/** The fastest and the median of a few runs, each figure on its own. */
export interface ProcessRuns {
  fastest: ProcessTime;
  median: ProcessTime;
}

export interface ProcessTimes {
  ours: ProcessRuns;
  readability: ProcessRuns;
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
  return { ours: summarise(ours), readability: summarise(readability) };
}

/** CPU seconds of `corroborate --help` and of bare `node -e 0`, median of a few, alternating; null where the system does not say, or dist/ is not built. */
export function timeStartUp(): { help: number | null; bareNode: number | null } | null {
  if (!existsSync(CLI)) return null;
  const help: (number | null)[] = [];
  const bareNode: (number | null)[] = [];
  for (let round = 0; round < HELP_ROUNDS; round++) {
    help.push(timed([CLI, "--help"]).cpu);
    bareNode.push(timed(["-e", "0"]).cpu);
  }
  return { help: middle(help), bareNode: middle(bareNode) };
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

function summarise(times: ProcessTime[]): ProcessRuns {
  const walls = times.map((t) => t.wall);
  const cpus = times.map((t) => t.cpu);
  return { fastest: { wall: Math.min(...walls), cpu: minimum(cpus) }, median: { wall: middle(walls)!, cpu: middle(cpus) } };
}

function minimum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

function middle(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return known.length > 0 ? known[Math.floor((known.length - 1) / 2)]! : null;
}
