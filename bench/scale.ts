/**
 * Scale: ingest a generated stream (bench/generate-events.ts, 100,000 reports by default) into a
 * fresh SQLite store through the same steps as `corroborate ingest`, and print the time per report
 * when 1k, 10k and 100k reports are stored (mean over the WINDOW reports before each mark), both
 * the whole ingest (extract, analyze, place, commit) and placing plus committing alone, and the
 * peak memory. Target: time per report at 100k at most 1.5 times that at 1k.
 * `bench/scale.ts postgres` (npm run bench:scale:postgres) does the same into a fresh PostgreSQL
 * database on BENCH_PG (else CORROBORATE_TEST_PG, else postgres://postgres@127.0.0.1:5432/postgres),
 * dropped afterwards.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { openPostgresStore } from "../src/store/postgres/index.js";
import { createBenchDatabase } from "./bench-database.js";
import { reportForStore, sourceKey, storeReport } from "../src/store/ingest-report.js";
import { contentHash } from "../src/store/report-hashes.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";

const TOTAL = Number(process.env.BENCH_REPORTS ?? 100_000);
const MARKS = [1_000, 10_000, 100_000].filter((m) => m <= TOTAL);
/** Reports timed before each mark: enough to average out garbage collection and checkpoints. */
const WINDOW = 500;

const POSTGRES = process.argv[2] === "postgres";
const dir = mkdtempSync(join(tmpdir(), "corroborate-scale-"));
const file = join(dir, "scale.db");
const database = POSTGRES ? await createBenchDatabase() : null;
const store: Store = database ? await openPostgresStore(database.url, { create: true }) : openSqliteStore(file, { create: true });
const sets = await loadStorySets();
const rows: string[] = [];
let whole = 0;
let placing = 0;
let done = 0;
const started = performance.now();
for (const document of generateReports(sets, TOTAL)) {
  const t0 = performance.now();
  const origin = { source: sourceKey(document), contentHash: contentHash(document) };
  if (!(await store.findReport(origin.source, origin.contentHash))) {
    const analyzed = analyzeArticle(extractArticle(document));
    const t1 = performance.now();
    await storeReport(store, reportForStore(analyzed), origin);
    placing += performance.now() - t1;
  }
  whole += performance.now() - t0;
  done++;
  if (done % 10_000 === 0) process.stderr.write(`${done} reports, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  if (done === MARKS[0]! - WINDOW || MARKS.some((m) => done === m - WINDOW)) [whole, placing] = [0, 0];
  if (MARKS.includes(done)) rows.push(`${String(done).padStart(7)} stored   ${(whole / WINDOW).toFixed(2).padStart(6)} ms/report whole ingest   ${(placing / WINDOW).toFixed(3).padStart(6)} ms/report placing + committing`);
}
const { reports, stories } = await store.counts();
await store.close();
const size = database ? await database.size() : statSync(file).size;
await database?.drop();
rmSync(dir, { recursive: true, force: true });

console.log(`Scale benchmark: ${reports} generated reports ingested into a fresh ${database ? "PostgreSQL" : "SQLite"} store (${stories} stories), ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const row of rows) console.log(row);
const per = (line: string | undefined, i: number) => Number(line?.split(/\s+/).filter(Boolean)[i]);
if (rows.length >= 2) {
  console.log(`ratio ${MARKS.at(-1)! / 1000}k / 1k: ${(per(rows.at(-1), 2) / per(rows[0], 2)).toFixed(2)} whole ingest, ${(per(rows.at(-1), 6) / per(rows[0], 6)).toFixed(2)} placing + committing (target <= 1.5)`);
}
console.log(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (max RSS)   store ${database ? "database" : "file"}: ${Math.round(size / 1024 / 1024)} MB`);
