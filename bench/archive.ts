/**
 * Archive benchmark: a generated WARC.gz (200 MB by default) and a JSONL file (100,000 lines by
 * default) of generated reports (bench/generate-events.ts), each phase in its own process so that
 * its peak memory (max RSS) is its own:
 *   read      stream every report out of the whole file (readInputs: WARC/JSONL parsing, gunzip,
 *             de-chunking), at the full size and at a quarter of it: memory must not grow with it;
 *   ingest    `ingest` of the first BENCH_INGEST reports (2,000 by default) into a fresh store, from
 *             the archive and from the same pages as loose files: reports/s, and memory.
 * Targets: peak memory flat and under 600 MB whatever the file size; archive ingest within 20% of
 * loose-file ingest. Sizes: BENCH_WARC_MB, BENCH_JSONL_LINES, BENCH_INGEST.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { RawDocument } from "../src/types.js";

const WARC_MB = Number(process.env.BENCH_WARC_MB ?? 200);
const JSONL_LINES = Number(process.env.BENCH_JSONL_LINES ?? 100_000);
const INGEST = Number(process.env.BENCH_INGEST ?? 2_000);
const POOL = 2_000;
/** "read" or "ingest" runs one part alone; ingest runs its inputs ROUNDS times, interleaved, to show the noise. */
const ONLY = process.env.BENCH_ONLY;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SELF = fileURLToPath(import.meta.url);

interface PhaseResult {
  reports: number;
  failed: number;
  seconds: number;
  maxRssMb: number;
}

if (process.argv[2] === "--phase") await runPhase(process.argv[3]!, process.argv.slice(4));
else await main();

async function main(): Promise<void> {
  const { loadStorySets } = await import("./story-sets.js");
  const { generateReports } = await import("./generate-events.js");
  const sets = await loadStorySets();
  const dir = mkdtempSync(join(tmpdir(), "corroborate-archive-"));
  // A pool of distinct pages: the files repeat them under new URLs; the ingest phase uses each once.
  const pool = [...generateReports(sets, Math.max(INGEST, POOL))];
  try {
    console.log(`Archive benchmark (files in ${dir})`);
    if (ONLY !== "ingest") await readPart(dir, pool);
    if (ONLY !== "read") await ingestPart(dir, pool.slice(0, INGEST));
  } finally {
    if (process.env.BENCH_KEEP) console.log(`files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Stream every report out of the whole file, at full size and at a quarter: memory must not grow. */
async function readPart(dir: string, pool: RawDocument[]): Promise<void> {
  const warc = join(dir, "crawl.warc.gz");
  const warcQuarter = join(dir, "crawl-quarter.warc.gz");
  const warcRecords = await writeWarc(warc, pool, WARC_MB * 1024 * 1024);
  await writeWarc(warcQuarter, pool, (WARC_MB / 4) * 1024 * 1024);
  const jsonl = join(dir, "scraped.jsonl");
  const jsonlQuarter = join(dir, "scraped-quarter.jsonl");
  await writeJsonl(jsonl, pool, JSONL_LINES);
  await writeJsonl(jsonlQuarter, pool, Math.ceil(JSONL_LINES / 4));
  console.log(`\nread: every report streamed out of the file (no extraction)`);
  console.log(`  file                          size       reports   reports/s   MB/s   peak RSS`);
  for (const [label, file] of [["WARC.gz quarter", warcQuarter], ["WARC.gz", warc], ["JSONL quarter", jsonlQuarter], ["JSONL", jsonl]] as const) {
    const mb = statSync(file).size / 1024 / 1024;
    const r = phase("read", [file]);
    console.log(`  ${label.padEnd(28)}  ${mb.toFixed(0).padStart(5)} MB  ${String(r.reports).padStart(8)}  ${(r.reports / r.seconds).toFixed(0).padStart(10)}  ${(mb / r.seconds).toFixed(1).padStart(5)}  ${r.maxRssMb.toFixed(0).padStart(6)} MB`);
  }
  console.log(`  (the WARC.gz holds ${warcRecords} response records)`);
}

/** Ingest the same pages from loose files, a WARC.gz and a JSONL file, each into a fresh store. */
async function ingestPart(dir: string, distinct: RawDocument[]): Promise<void> {
  const loose = join(dir, "loose");
  mkdirSync(loose);
  for (const [n, page] of distinct.entries()) writeFileSync(join(loose, `${String(n).padStart(6, "0")}.html`), htmlOf(page));
  const ingestWarc = join(dir, "ingest.warc.gz");
  await writeWarc(ingestWarc, distinct, Number.MAX_SAFE_INTEGER);
  const ingestJsonl = join(dir, "ingest.jsonl");
  await writeJsonl(ingestJsonl, distinct, INGEST);

  console.log(`\ningest: the same ${INGEST} pages into a fresh store (extract, analyze, place, commit)`);
  console.log(`  input                         reports/s   peak RSS`);
  const rates: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, input] of [["loose files", loose], ["WARC.gz", ingestWarc], ["JSONL", ingestJsonl]] as const) {
      const r = phase("ingest", [input, join(dir, `${label.replace(/\W/g, "")}-${round}.db`)]);
      (rates[label] ??= []).push(r.reports / r.seconds);
      console.log(`  ${label.padEnd(28)}  ${(r.reports / r.seconds).toFixed(1).padStart(9)}  ${r.maxRssMb.toFixed(0).padStart(6)} MB   (${r.reports} stored, ${r.failed} without text, in ${r.seconds.toFixed(1)} s)`);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const label of ["WARC.gz", "JSONL"]) console.log(`  ${label} / loose files: ${((mean(rates[label]!) / mean(rates["loose files"]!)) * 100).toFixed(0)}%  (target ≥ 80%)`);
}

function phase(name: string, args: string[]): PhaseResult {
  const run = spawnSync(process.execPath, ["--import", "tsx", SELF, "--phase", name, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`phase ${name} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as PhaseResult;
}

async function runPhase(name: string, args: string[]): Promise<void> {
  const started = performance.now();
  let reports = 0;
  let failed = 0;
  if (name === "read") {
    const { readInputs } = await import("../src/ingest/index.js");
    for await (const item of readInputs([args[0]!])) if ("document" in item) reports++;
  } else {
    const { ingestInputs } = await import("../src/pipeline.js");
    const { openSqliteStore } = await import("../src/store/index.js");
    const store = openSqliteStore(args[1]!, { create: true });
    const result = await ingestInputs([args[0]!], store);
    reports = result.stored;
    failed = result.failures.length;
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ reports, failed, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * Response records, one gzip member each as crawlers write them, until the file reaches `bytes`.
 * Written here rather than with warcio's serializer (the tests use that one): its digests made a
 * 200 MB file take half an hour to write. Pages repeat from a pool under new URLs.
 */
async function writeWarc(path: string, pages: RawDocument[], bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  let records = 0;
  for (; size < bytes && (bytes !== Number.MAX_SAFE_INTEGER || records < pages.length); records++) {
    const page = pages[records % pages.length]!;
    const body = htmlOf(page);
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    const header = [
      "WARC/1.1",
      "WARC-Type: response",
      `WARC-Target-URI: https://bench.example/${records}/${encodeURIComponent(page.id)}`,
      "WARC-Date: 2031-04-09T08:00:00Z",
      `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
      "Content-Type: application/http; msgtype=response",
      `Content-Length: ${http.length}`,
    ].join("\r\n");
    const chunk = gzipSync(Buffer.concat([Buffer.from(`${header}\r\n\r\n`), http, Buffer.from("\r\n\r\n")]));
    size += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return records;
}

async function writeJsonl(path: string, pages: RawDocument[], lines: number): Promise<void> {
  const out = createWriteStream(path);
  for (let line = 0; line < lines; line++) {
    const page = pages[line % pages.length]!;
    const html = new TextDecoder().decode(htmlOf(page));
    // No date field: the pages carry their own, as the loose files do, so that clustering does the same work.
    if (!out.write(JSON.stringify({ url: `https://bench.example/jsonl/${line}`, html }) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Generated text reports are wrapped as pages, HTML ones go as they are: every input holds the same bytes. */
function htmlOf(page: RawDocument): Uint8Array {
  if (page.contentType === "text/html") return page.bytes;
  const text = new TextDecoder().decode(page.bytes).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return Buffer.from(`<!doctype html><html><body><article>${text.split("\n").filter((line) => line.trim()).map((line) => `<p>${line}</p>`).join("\n")}</article></body></html>`);
}
