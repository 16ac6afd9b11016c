/**
 * Distributed placement: one generated stream (bench/generate-events.ts, 20,000 reports by default,
 * BENCH_REPORTS to change) placed into a fresh PostgreSQL store by 1, 2 and 4 `corroborate worker`
 * processes (2 jobs at a time each), and by one process into SQLite, as `ingest` does. Prints
 * reports/s of each run, the speed-up over one worker, BCubed F1 of the stories against the
 * generator's events, and reports stored twice (must be 0). Then placement alone, apart from
 * extraction and analysis: already analyzed reports placed by 1, 2 and 4 placers at once, with
 * the workers' commit setting (store/postgres/open.ts `durable`).
 * The server: BENCH_PG, else CORROBORATE_TEST_PG, else postgres://postgres@127.0.0.1:5432/postgres;
 * each run makes its own database and drops it.
 */
import { spawn } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { extractArticle } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { openPostgresStore } from "../src/store/postgres/index.js";
import { reportForStore, sourceKey, storeReport, type ReportForStore } from "../src/store/ingest-report.js";
import { contentHash } from "../src/store/report-hashes.js";
import { enqueueDocuments, openQueue } from "../src/queue/index.js";
import type { RawDocument } from "../src/types.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";
import { bcubed } from "./bcubed.js";
import { BENCH_SERVER, createBenchDatabase } from "./bench-database.js";

const TOTAL = Number(process.env.BENCH_REPORTS ?? 20_000);
const WORKERS = [1, 2, 4];
const JOBS_PER_WORKER = 2;
/** Analyzed reports kept for the placement-alone runs: enough to time, few enough to hold in memory. */
const PLACEMENT_REPORTS = Math.min(TOTAL, 3000);

const documents = [...generateReports(await loadStorySets(), TOTAL)];
const gold = new Map(documents.map((d) => [sourceKey(d), d.source.split("/")[1]!]));
const lines: string[] = [`Distributed benchmark: ${documents.length} generated reports (${new Set(gold.values()).size} events), ${availableParallelism()} CPU cores, PostgreSQL at ${new URL(BENCH_SERVER).host}`];
const print = (line: string) => (lines.push(line), console.error(line));

// SQLite, one process: the embedded default, as `corroborate ingest` places reports.
const analyzedForPlacement: { analyzed: ReportForStore; origin: { source: string; contentHash: string } }[] = [];
{
  const dir = mkdtempSync(join(tmpdir(), "corroborate-distributed-"));
  const store = openSqliteStore(join(dir, "bench.db"), { create: true });
  const started = performance.now();
  for (const document of documents) {
    const analyzed = analyzeArticle(extractArticle(document));
    const origin = { source: sourceKey(document), contentHash: contentHash(document) };
    const report = reportForStore(analyzed);
    await store.exclusive(() => storeReport(store, report, origin));
    if (analyzedForPlacement.length < PLACEMENT_REPORTS) analyzedForPlacement.push({ analyzed: report, origin });
  }
  const seconds = (performance.now() - started) / 1000;
  const f1 = await storeF1(await storyOfEachReport(store));
  print(`SQLite, 1 process            ${rate(seconds)} reports/s   BCubed F1 ${f1.toFixed(3)}`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

let oneWorker = 0;
let oneWorkerF1 = 0;
for (const workers of WORKERS) {
  const database = await createBenchDatabase();
  try {
    const boss = await openQueue(database.url);
    const enqueueStarted = performance.now();
    await enqueueDocuments(boss, documents.map((document) => ({ document, key: sourceKey(document) })));
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    await boss.stop({ graceful: false, wait: true });
    const seconds = await runWorkers(database.url, workers);
    const store = await openPostgresStore(database.url, { create: false });
    const stories = await storyOfEachReport(store);
    const twice = await storedTwice(database.url);
    await store.close();
    const f1 = await storeF1(stories);
    const perSecond = documents.length / seconds;
    if (workers === 1) [oneWorker, oneWorkerF1] = [perSecond, f1];
    print(
      `PostgreSQL, ${workers} worker${workers === 1 ? " " : "s"}       ${rate(seconds)} reports/s   speed-up ${(perSecond / oneWorker).toFixed(2)}×   BCubed F1 ${f1.toFixed(3)} (${f1 - oneWorkerF1 >= 0 ? "+" : ""}${(f1 - oneWorkerF1).toFixed(3)} vs 1 worker)   stored ${stories.size}/${documents.length}, twice ${twice}   (enqueue ${enqueueSeconds.toFixed(1)} s)`,
    );
  } finally {
    await database.drop();
  }
}

// Placement alone: the step that runs under the placement lock, without extraction and analysis.
let onePlacer = 0;
for (const placers of WORKERS) {
  const database = await createBenchDatabase();
  try {
    const stores = await Promise.all(Array.from({ length: placers }, () => openPostgresStore(database.url, { create: true, connections: 2, durable: false })));
    let next = 0;
    const started = performance.now();
    await Promise.all(
      stores.map(async (store) => {
        for (let i = next++; i < analyzedForPlacement.length; i = next++) {
          const { analyzed, origin } = analyzedForPlacement[i]!;
          await store.exclusive(() => storeReport(store, analyzed, origin));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const perSecond = analyzedForPlacement.length / seconds;
    if (placers === 1) onePlacer = perSecond;
    print(`placement alone, ${placers} placer${placers === 1 ? " " : "s"}  ${rate(seconds, analyzedForPlacement.length)} reports/s   ${((seconds * 1000) / analyzedForPlacement.length).toFixed(2)} ms/report   speed-up ${(perSecond / onePlacer).toFixed(2)}×   (${analyzedForPlacement.length} analyzed reports)`);
    await Promise.all(stores.map((s) => s.close()));
  } finally {
    await database.drop();
  }
}

console.log(lines.join("\n"));
console.log("Targets: 4 workers >= 1.6x one worker; every multi-worker F1 within 0.01 of one worker's; no report stored twice.");

function rate(seconds: number, count = documents.length): string {
  return String(Math.round(count / seconds)).padStart(6);
}

/**
 * Start `workers` worker processes that stop when the queue is empty; the time from the first job
 * taken to the last job finished (process start-up is left out: it is paid once per worker).
 */
async function runWorkers(url: string, workers: number): Promise<number> {
  let first = Infinity;
  let last = 0;
  const children = Array.from({ length: workers }, () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker", "--db", url, "--drain", "--concurrency", String(JOBS_PER_WORKER)], { stdio: ["ignore", "ignore", "pipe"] });
    let buffer = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop()!;
      for (const line of parts) {
        if (!line.startsWith("{")) continue;
        const now = performance.now();
        if (line.includes('"started"')) first = Math.min(first, now);
        else last = Math.max(last, now);
      }
    });
    return new Promise<void>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a worker exited with ${code}`)))));
  });
  await Promise.all(children);
  return (last - first) / 1000;
}

async function storyOfEachReport(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { id } of await store.listStories()) for (const article of (await store.storyArticles(id)) ?? []) out.set(articleSource(article.source), id);
  return out;
}

/** Stored articles carry the source as given; the gold labels are keyed like the store's sources. */
function articleSource(source: string): string {
  return sourceKey({ source } as RawDocument);
}

async function storeF1(predicted: Map<string, string>): Promise<number> {
  return bcubed(predicted, gold).f1;
}

async function storedTwice(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT (count(*) - count(DISTINCT (source, content_hash)))::int AS n FROM corroborate.reports")).rows[0].n as number;
  } finally {
    await client.end();
  }
}
