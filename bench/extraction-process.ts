/**
 * Whole-process time for bench:extraction: `corroborate extract DIR` (the built CLI, dist/) against
 * Readability+linkedom as a plain Node script (bench/readability-process.mjs) over the same pages,
 * output discarded. Each runs ROUNDS times, alternating; the fastest wall time of each counts, so a
 * busy moment on a shared machine does not decide the ratio.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const ROUNDS = 3;
const CLI = resolve(process.cwd(), "dist/cli/main.js");
const READABILITY = resolve(process.cwd(), "bench/readability-process.mjs");

export interface ProcessTimes {
  ours: number;
  readability: number;
}

/** Null when dist/ is not built. */
export function timeProcesses(dir: string): ProcessTimes | null {
  if (!existsSync(CLI)) return null;
  let ours = Infinity;
  let readability = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    ours = Math.min(ours, timed([CLI, "extract", dir]));
    readability = Math.min(readability, timed([READABILITY, dir]));
  }
  return { ours, readability };
}

function timed(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
  if (result.error) throw result.error;
  return (performance.now() - started) / 1000;
}
