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
/** Inputs drawn at a time: enough to keep every thread busy, few enough to bound memory. */
const BATCH = 64;

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
  seconds: number;
}

function* batches(count: number, size: number, seed: number): Generator<RawDocument[]> {
  const arbitrary = mutatedReport(bases);
  for (let done = 0, n = 0; done < count; done += size, n++) yield fc.sample(arbitrary, { numRuns: Math.min(size, count - done), seed: seed + n });
}

async function fuzzExtraction(): Promise<Tally> {
  const tally: Tally = { inputs: 0, crashes: [], overBudget: [], failed: 0, seconds: 0 };
  const started = performance.now();
  for (const documents of batches(EXTRACT_INPUTS, BATCH, SEED)) {
    await Promise.all(
      documents.map(async (document) => {
        tally.inputs++;
        try {
          await pool.extract(document, budget);
        } catch (error) {
          record(tally, document.source, error);
        }
      }),
    );
  }
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

async function fuzzCheck(): Promise<Tally> {
  const tally: Tally = { inputs: 0, crashes: [], overBudget: [], failed: 0, seconds: 0 };
  const started = performance.now();
  for (const documents of batches(CHECK_INPUTS, BATCH, SEED + 7_777_777)) {
    const stories = Array.from({ length: Math.ceil(documents.length / REPORTS_PER_CHECK) }, (_, i) => documents.slice(i * REPORTS_PER_CHECK, (i + 1) * REPORTS_PER_CHECK));
    await Promise.all(
      stories.map(async (story) => {
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
      }),
    );
  }
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

function record(tally: Tally, source: string, error: unknown): void {
  if (!isCorroborateError(error)) tally.crashes.push(`${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  else if (error.code === "E_TOO_SLOW") tally.overBudget.push(source);
  else tally.failed++;
}

function print(label: string, tally: Tally): void {
  console.log(
    `${label}: ${tally.inputs} inputs in ${tally.seconds.toFixed(0)} s, ${(tally.inputs / tally.seconds).toFixed(0)} inputs/s; ` +
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
