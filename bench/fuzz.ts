/**
 * Fuzzing benchmark: mutated example reports (byte flips, truncations, deep nesting, huge
 * attributes, right-to-left and zero-width characters, odd numbers and dates; test/helpers/
 * fuzz-inputs.ts) through extraction alone, then through the whole check (extract, analyze,
 * cluster, align), each report in a worker thread under the default time budget. Prints inputs/s,
 * crashes (any error that is not a CorroborateError), inputs over the budget (E_TOO_SLOW) and
 * peak memory, with the slowest mutations to look at. Target: 0 crashes, 0 over the budget.
 */
import fc from "fast-check";
import { DEFAULT_OPTIONS } from "../src/config.js";
import { isCorroborateError } from "../src/errors.js";
import { checkDocuments } from "../src/pipeline.js";
import { sharedAnalysisPool } from "../src/workers/analysis-pool.js";
import type { RawDocument } from "../src/types.js";
import { exampleReports, mutatedReport } from "../test/helpers/fuzz-inputs.js";

const EXTRACT_INPUTS = Number(process.env.FUZZ_EXTRACT ?? 100_000);
const CHECK_INPUTS = Number(process.env.FUZZ_CHECK ?? 20_000);
/** Reports per check: a story of a few mutated reports of one event or of several. */
const REPORTS_PER_CHECK = 4;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
/** Inputs drawn at a time from fast-check: enough to keep every thread busy, few enough to bound memory. */
const BATCH = 64;
/** Inputs (or stories) in flight at once: a few per thread, so a slow one never leaves the others idle. */
const IN_FLIGHT = 4;
/** A line of figures so far every this many inputs: a long run on a busy machine shows where it is. */
const PROGRESS_EVERY = Number(process.env.FUZZ_PROGRESS ?? 5000);

const bases = exampleReports();
const pool = sharedAnalysisPool();
const budget = DEFAULT_OPTIONS.budget;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

interface Tally {
  inputs: number;
  crashes: string[];
  overBudget: string[];
  failed: number;
  started: number;
}

function newTally(): Tally {
  return { inputs: 0, crashes: [], overBudget: [], failed: 0, started: performance.now() };
}

function* documents(count: number, seed: number): Generator<RawDocument> {
  const arbitrary = mutatedReport(bases);
  for (let done = 0, n = 0; done < count; done += BATCH, n++) yield* fc.sample(arbitrary, { numRuns: Math.min(BATCH, count - done), seed: seed + n });
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Runs `each` over the items, IN_FLIGHT per thread at a time, printing progress as inputs pass PROGRESS_EVERY. */
async function drain<T>(label: string, items: Iterator<T>, tally: Tally, each: (item: T) => Promise<void>): Promise<void> {
  let reported = 0;
  const lane = async () => {
    for (let next = items.next(); !next.done; next = items.next()) {
      await each(next.value);
      if (tally.inputs - reported >= PROGRESS_EVERY) {
        reported = tally.inputs;
        print(`${label} (so far)`, tally);
      }
    }
  };
  await Promise.all(Array.from({ length: pool.threads * IN_FLIGHT }, lane));
}

async function fuzzExtraction(): Promise<Tally> {
  const tally = newTally();
  await drain("extract", documents(EXTRACT_INPUTS, SEED), tally, async (document) => {
    tally.inputs++;
    try {
      await pool.extract(document, budget);
    } catch (error) {
      record(tally, document.source, error);
    }
  });
  return tally;
}

async function fuzzCheck(): Promise<Tally> {
  const tally = newTally();
  await drain("check  ", chunks(documents(CHECK_INPUTS, SEED + 7_777_777), REPORTS_PER_CHECK), tally, async (story) => {
    tally.inputs += story.length;
    try {
      const result = await checkDocuments(story, { pool, budget });
      for (const failure of result.failures) {
        tally.failed++;
        if (/took longer than/.test(failure.message)) tally.overBudget.push(failure.source);
      }
    } catch (error) {
      record(tally, story.map((d) => d.source).join(" | "), error);
    }
  });
  return tally;
}

function record(tally: Tally, source: string, error: unknown): void {
  if (!isCorroborateError(error)) tally.crashes.push(`${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  else if (error.code === "E_TOO_SLOW") tally.overBudget.push(source);
  else tally.failed++;
}

function print(label: string, tally: Tally): void {
  const seconds = (performance.now() - tally.started) / 1000;
  console.log(
    `${label}: ${tally.inputs} inputs in ${seconds.toFixed(0)} s, ${(tally.inputs / seconds).toFixed(0)} inputs/s; ` +
      `crashes ${tally.crashes.length}, over the budget ${tally.overBudget.length}, refused with a clear error ${tally.failed}`,
  );
  for (const crash of tally.crashes.slice(0, 3)) console.log(`  crash: ${crash.split("\n").slice(0, 4).join("\n    ")}`);
  for (const slow of tally.overBudget.slice(0, 5)) console.log(`  over the budget: ${slow}`);
}

console.log(`Fuzzing with seed ${SEED} over ${bases.length} example reports, ${pool.threads} worker threads, budget ${budget.secondsPerMb} s/MB (at least ${budget.minSeconds} s)`);
print("extract", await fuzzExtraction());
print("check  ", await fuzzCheck());
clearInterval(sampler);
console.log(`peak memory (RSS, main and worker threads): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
