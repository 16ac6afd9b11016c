/**
 * Throughput benchmark: `check` over a generated batch of 1,000 reports (bench/generate-events.ts:
 * events made from the example and seed reports with new names, numbers and dates), read from
 * disk. Prints reports per second (median of 3 runs), reports per CPU second (the process's user +
 * system time, all threads: what one core would do, and what a machine shared with other work
 * cannot blur) and peak memory.
 */
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkInputs } from "../src/pipeline.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
const RUNS = 3;

const dir = mkdtempSync(join(tmpdir(), "corroborate-throughput-"));
let written = 0;
for (const doc of generateReports(await loadStorySets(), REPORTS)) {
  writeFileSync(join(dir, `${String(written++).padStart(5, "0")}-${doc.id}${doc.contentType === "text/html" ? ".html" : ".txt"}`), doc.bytes);
}

const times: number[] = [];
const cpuTimes: number[] = [];
let stories = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const cpuStart = cpuMs();
  const result = await checkInputs([dir]);
  times.push(performance.now() - start);
  cpuTimes.push(cpuMs() - cpuStart);
  stories = result.stories.length;
}
if (process.env.BENCH_KEEP) console.log(`reports kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const medianCpu = cpuTimes[Math.floor(cpuTimes.length / 2)]!;
console.log(`Throughput benchmark: check over ${written} generated reports (${stories} stories found), ${RUNS} runs`);
console.log(`median time:   ${(median / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s)`);
console.log(`reports/s:     ${Math.round(written / (median / 1000))}`);
console.log(`reports per CPU second: ${Math.round(written / (medianCpu / 1000))}  (median CPU time ${(medianCpu / 1000).toFixed(2)} s, all threads)`);
console.log(`peak memory:   ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (max RSS of the process)`);

/** CPU time of this process (user + system, every thread), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
