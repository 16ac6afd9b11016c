/**
 * Linear-cost benchmark: analysis time per KB for generated texts of 10 KB … 20 MB in three shapes
 * (bench/linear-inputs.ts). For each, "analyze" times extract + analyze of the one report and
 * "check" times the whole check of it read from a file; both print CPU ms per KB (user + system
 * time of the process: on a shared machine wall time measures the neighbours), the check also its
 * wall seconds, and each shape ends with the ratio of ms/KB at the largest size to ms/KB at the
 * smallest (target ≤ 2).
 *
 * Each measurement runs in a child process with a wall-time box (BENCH_LINEAR_BOX seconds, default
 * 60, plus start-up): a run over the box prints "> N s"; after a boxed check the larger sizes of
 * that shape time only extract + analyze, after a boxed analysis they are not tried.
 * BENCH_LINEAR_SIZES (KB, comma-separated), BENCH_LINEAR_SHAPES and BENCH_LINEAR_CHECK=0 narrow the run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SHAPES, generateInput, type Shape } from "./linear-inputs.js";
import { NO_TIME_LIMIT } from "./no-time-limit.js";

const KB = 1024;
const SIZES_KB = (process.env.BENCH_LINEAR_SIZES ?? "10,100,1024,5120,20480").split(",").map(Number);
const SHAPES_RUN = (process.env.BENCH_LINEAR_SHAPES?.split(",") as Shape[] | undefined) ?? SHAPES;
const BOX_S = Number(process.env.BENCH_LINEAR_BOX ?? 60);
/** BENCH_LINEAR_CHECK=0 times extract + analyze only. */
const WITH_CHECK = process.env.BENCH_LINEAR_CHECK !== "0";
/** Small inputs are timed repeatedly after a warm-up, so the figure is not the JIT's start-up. */
const MIN_TIMED_MS = 300;
const REPEAT_BELOW_MS = 200;
/** Loading and compiling the sources in a fresh process is not part of the time box. */
const STARTUP_ALLOWANCE_S = 30;

interface Measure {
  analyzeMs?: number;
  checkMs?: number;
  checkWallMs?: number;
  /** Why the check skipped the report: a time over the box is this run's, not a refusal. */
  checkFailed?: string;
}

if (process.argv[2] === "--child") await child(process.argv[3] as Shape, Number(process.argv[4]), process.argv[5] !== "--no-check");
else parent();

function parent(): void {
  console.log(`Linear-cost benchmark: CPU ms per KB (extract + analyze of one report; whole check of it), time box ${BOX_S} s`);
  console.log(`${"shape".padEnd(12)} ${"size".padStart(8)} ${"analyze ms/KB".padStart(14)} ${"check ms/KB".padStart(12)} ${"check wall s".padStart(13)}`);
  const script = fileURLToPath(import.meta.url);
  for (const shape of SHAPES_RUN) {
    const perKb: Array<{ size: number; analyze?: number; check?: number }> = [];
    let checkBoxed = !WITH_CHECK;
    for (const sizeKb of SIZES_KB) {
      const args = [script, "--child", shape, String(sizeKb), ...(checkBoxed ? ["--no-check"] : [])];
      const run = spawnSync(process.execPath, ["--import", "tsx", "--max-old-space-size=6144", ...args], {
        timeout: (BOX_S + STARTUP_ALLOWANCE_S) * 1000,
        encoding: "utf8",
        killSignal: "SIGKILL",
        maxBuffer: 1 << 20,
      });
      const measure = lastJson(run.stdout);
      const timedOut = run.error !== undefined || run.signal !== null;
      if (run.status !== 0 && !timedOut) process.stderr.write(run.stderr);
      const analyze = measure.analyzeMs === undefined ? `> ${BOX_S} s` : (measure.analyzeMs / sizeKb).toFixed(3);
      const check = measure.checkFailed ? "refused" : measure.checkMs === undefined ? (checkBoxed ? "not run" : `> ${BOX_S} s`) : (measure.checkMs / sizeKb).toFixed(3);
      if (measure.checkFailed) console.log(`  check refused the report: ${measure.checkFailed}`);
      const seconds = measure.checkWallMs === undefined ? "-" : (measure.checkWallMs / 1000).toFixed(2);
      console.log(`${shape.padEnd(12)} ${sizeLabel(sizeKb).padStart(8)} ${analyze.padStart(14)} ${check.padStart(12)} ${seconds.padStart(13)}`);
      perKb.push({ size: sizeKb, analyze: measure.analyzeMs && measure.analyzeMs / sizeKb, check: measure.checkMs && measure.checkMs / sizeKb });
      if (measure.analyzeMs === undefined) break;
      if (timedOut) checkBoxed = true;
    }
    const first = perKb[0];
    const last = perKb[perKb.length - 1];
    if (first && last && last !== first) {
      const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? (b / a).toFixed(2) : "n/a (boxed)");
      console.log(`${shape.padEnd(12)} ratio ${sizeLabel(last.size)} / ${sizeLabel(first.size)}: analyze ${ratio(first.analyze, last.analyze)}, check ${ratio(first.check, last.check)}`);
    }
  }
}

async function child(shape: Shape, sizeKb: number, withCheck: boolean): Promise<void> {
  const { extractArticle } = await import("../src/extract/index.js");
  const { analyzeArticle } = await import("../src/analyze/index.js");
  const { checkInputs } = await import("../src/pipeline.js");
  const { text, contentType } = generateInput(shape, sizeKb * KB);
  const bytes = new TextEncoder().encode(text);
  const document = { id: "bench", source: "bench", bytes, contentType, fetchedAt: new Date(0).toISOString() };
  // Warm-up on a small report of the same shape: the figures are not the JIT's and the lazy pattern compiler's start-up.
  const warmUp = generateInput(shape, 10 * KB, 99);
  analyzeArticle(extractArticle({ ...document, bytes: new TextEncoder().encode(warmUp.text) }));
  const measure: Measure = {};
  measure.analyzeMs = timed(() => analyzeArticle(extractArticle(document)));
  console.log(JSON.stringify(measure));
  if (!withCheck) return;
  const dir = mkdtempSync(join(tmpdir(), "corroborate-linear-"));
  const file = join(dir, contentType === "text/html" ? "report.html" : "report.txt");
  try {
    // The child's own time box bounds the check: the per-report budget would measure the machine's load.
    writeFileSync(file, warmUp.text);
    await checkInputs([file], { budget: NO_TIME_LIMIT });
    writeFileSync(file, bytes);
    let failure: string | undefined;
    const check = await timedAsync(async () => {
      failure = (await checkInputs([file], { budget: NO_TIME_LIMIT })).failures[0]?.message;
    });
    if (failure === undefined) {
      measure.checkMs = check.cpu;
      measure.checkWallMs = check.wall;
    } else {
      measure.checkFailed = failure;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(measure));
}

/** A quick run is repeated and the median kept; a slow one is the figure. */
function timed(run: () => unknown): number {
  const first = once(run);
  if (first > REPEAT_BELOW_MS) return first;
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || performance.now() - start < MIN_TIMED_MS) times.push(once(run));
  return median(times);
}

/** As `timed`, for the whole check; also its wall time (of one run). */
async function timedAsync(run: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const onceAsync = async () => {
    const cpu = cpuMs();
    const wall = performance.now();
    await run();
    return { cpu: cpuMs() - cpu, wall: performance.now() - wall };
  };
  const first = await onceAsync();
  if (first.cpu > REPEAT_BELOW_MS) return first;
  const runs: Array<{ cpu: number; wall: number }> = [];
  const start = performance.now();
  while (runs.length < 3 || performance.now() - start < MIN_TIMED_MS) runs.push(await onceAsync());
  runs.sort((a, b) => a.cpu - b.cpu);
  return runs[Math.floor(runs.length / 2)]!;
}

function once(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

/** CPU time of this process (user + system), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function lastJson(stdout: string | null): Measure {
  const lines = (stdout ?? "").trim().split("\n").filter((line) => line.startsWith("{"));
  return lines.length > 0 ? (JSON.parse(lines[lines.length - 1]!) as Measure) : {};
}

function sizeLabel(kb: number): string {
  return kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`;
}
