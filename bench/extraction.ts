/**
 * Extraction benchmark over the 181 pages of the public article-extraction benchmark
 * (../shared/bench-data/article-extraction-benchmark, MIT licence), scored as that benchmark
 * scores (bench/extraction-score.ts). In one run, same scoring code:
 *   1. ours: the whole `corroborate extract` path over the directory — ingest (read, gunzip),
 *      decode, extract, clean, language — timed from the first read to the last article;
 *   2. @mozilla/readability on linkedom, and on jsdom, timed the same way
 *      (read, gunzip, decode, parse, Readability);
 *   3. text mode: each page turned into all its visible text, one block per line, through the
 *      line cleaner alone (the form of scraped reports);
 *   4. the WCXB development split (793 article pages not tuned on): main text and title, date and
 *      author accuracy, ours and Readability+linkedom (bench/extraction-wcxb.ts);
 *   5. whole-process time (wall and CPU) of `corroborate extract DIR` against Readability+linkedom
 *      as a process over the 181 pages and over the WCXB development split, and the CPU time of
 *      `corroborate --help` beside bare node's
 *      (bench/extraction-process.ts; needs `npm run build`).
 * Prints tables; F1 is also given for each half of a page set, to show a change is not one half's.
 * `npm run bench:extraction`; BENCH_SKIP_JSDOM=1 skips the slowest row, BENCH_SKIP_PROCESS=1 part 5.
 */
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { JSDOM, VirtualConsole } from "jsdom";
import { collectInputs } from "../src/ingest/index.js";
import { cleanText, decodeBytes, extractArticle } from "../src/extract/index.js";
import { visibleText } from "../src/extract/html/visible-text.js";
import { BENCHMARK_HTML_DIR, HAVE_BENCHMARK, loadBenchmarkPages, type BenchmarkPage } from "./extraction-data.js";
import { scorePage, scoreSet, type PageScore, type SetScore } from "./extraction-score.js";
import { timeProcesses, timeStartUp } from "./extraction-process.js";
import { printWcxbTable, runWcxb } from "./extraction-wcxb.js";
import { HAVE_WCXB, WCXB_HTML_DIR } from "./wcxb-data.js";

interface Row {
  name: string;
  score: SetScore;
  halves?: [number, number];
  seconds: number | null;
  note?: string;
}

if (!HAVE_BENCHMARK) {
  console.log("bench:extraction: ../shared/bench-data/article-extraction-benchmark is missing; nothing to measure.");
  process.exit(0);
}
const pages = loadBenchmarkPages();
const truthById = new Map(pages.map((page) => [page.id, page.truth]));
await warmUp();

const rows: Row[] = [];
rows.push(await runOurs());
rows.push(await runReadability("Readability 0.6 + linkedom", (html) => new DOMParser().parseFromString(html, "text/html")));
// jsdom reports every stylesheet it cannot parse; a quiet console keeps the table readable.
const quiet = new VirtualConsole();
// BENCH_SKIP_JSDOM=1 skips the slowest row (about 40 s) for a quick loop; the table says so.
if (process.env.BENCH_SKIP_JSDOM) rows.push({ name: "Readability 0.6 + jsdom", score: scoreSet([]), seconds: null, note: "skipped" });
else rows.push(await runReadability("Readability 0.6 + jsdom", (html) => new JSDOM(html, { virtualConsole: quiet }).window.document));
rows.push(await runTextMode());
printTable(rows);
console.log("");
if (HAVE_WCXB) {
  const wcxb = runWcxb();
  printWcxbTable(wcxb, wcxb[0]!.score.pages);
} else {
  console.log("WCXB: ../shared/bench-data/wcxb-dev is missing; skipped.");
}
console.log("");
// BENCH_SKIP_PROCESS=1 skips the whole-process timing (six runs over each page set) in a development loop.
if (process.env.BENCH_SKIP_PROCESS) console.log("Whole-process time: skipped (BENCH_SKIP_PROCESS).");
else printProcessTimes();

/** Ours, as `corroborate extract DIR` runs it: ingest the directory, extract every document. */
async function runOurs(): Promise<Row> {
  const started = performance.now();
  const { documents } = await collectInputs([BENCHMARK_HTML_DIR]);
  const texts = new Map<string, string>();
  for (const document of documents) texts.set(document.id, extractOrEmpty(() => extractArticle(document).text));
  const seconds = (performance.now() - started) / 1000;
  return { name: "Corroborate (HTML)", ...scoreAll((page) => texts.get(page.id) ?? ""), seconds };
}

async function runReadability(name: string, parse: (html: string) => unknown): Promise<Row> {
  const started = performance.now();
  const texts = new Map<string, string>();
  for (const page of pages) {
    const html = await readPage(page);
    texts.set(page.id, extractOrEmpty(() => {
      const article = new Readability(parse(html) as never).parse();
      return article?.textContent ?? "";
    }));
  }
  const seconds = (performance.now() - started) / 1000;
  return { name, ...scoreAll((page) => texts.get(page.id) ?? ""), seconds };
}

/** Scraped-text form: all visible text, one block per line, then the line cleaner. Untimed setup. */
async function runTextMode(): Promise<Row> {
  const scraped = await Promise.all(pages.map(async (page) => visibleText(await readPage(page))));
  const started = performance.now();
  const texts = scraped.map((text) => extractOrEmpty(() => cleanText(text).paragraphs.join("\n\n")));
  const seconds = (performance.now() - started) / 1000;
  return { name: "Corroborate (text mode)", ...scoreAll((_page, i) => texts[i] ?? ""), seconds, note: "cleaner only" };
}

async function readPage(page: BenchmarkPage): Promise<string> {
  const bytes = gunzipSync(await readFile(page.path));
  return decodeBytes(bytes, { contentType: "text/html", source: page.path });
}

function extractOrEmpty(run: () => string): string {
  try {
    return run();
  } catch {
    return ""; // a page with nothing extracted scores zero, as in the reference benchmark
  }
}

function scoreAll(textOf: (page: BenchmarkPage, index: number) => string): { score: SetScore; halves: [number, number] } {
  const scores: PageScore[] = pages.map((page, i) => scorePage(truthById.get(page.id)!, textOf(page, i)));
  const middle = Math.ceil(scores.length / 2);
  return { score: scoreSet(scores), halves: [scoreSet(scores.slice(0, middle)).f1, scoreSet(scores.slice(middle)).f1] };
}

/** Load each library's lazy parts (language model, DOM classes) before any clock starts. */
async function warmUp(): Promise<void> {
  const page = pages[0]!;
  const html = await readPage(page);
  extractOrEmpty(() => extractArticle({ id: "warm", source: "warm.html", bytes: new TextEncoder().encode(html), contentType: "text/html", fetchedAt: "" }).text);
  extractOrEmpty(() => new Readability(new DOMParser().parseFromString(html, "text/html") as never).parse()?.textContent ?? "");
}

function printTable(table: readonly Row[]): void {
  const linkedom = table.find((row) => row.name.includes("linkedom"))?.seconds ?? null;
  console.log(`Article extraction benchmark: ${pages.length} pages, shingle scoring (4-token), precision and recall averaged over pages`);
  console.log("");
  console.log(`${"extractor".padEnd(28)} ${"F1".padStart(6)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"time s".padStart(7)} ${"÷ R+linkedom".padStart(12)} ${"F1 ½a".padStart(6)} ${"F1 ½b".padStart(6)}`);
  for (const row of table) {
    const time = row.seconds === null ? "-" : row.seconds.toFixed(2);
    const ratio = row.seconds !== null && linkedom ? (row.seconds / linkedom).toFixed(2) : "-";
    const halves = row.halves ? ` ${row.halves.map((f1) => f1.toFixed(3).padStart(6)).join(" ")}` : "";
    const figures = row.seconds === null && row.note ? row.note : `${row.score.f1.toFixed(3).padStart(6)} ${row.score.precision.toFixed(3).padStart(6)} ${row.score.recall.toFixed(3).padStart(6)} ${time.padStart(7)} ${ratio.padStart(12)}${halves}${row.note ? `  (${row.note})` : ""}`;
    console.log(`${row.name.padEnd(28)} ${figures}`);
  }
}

function printProcessTimes(): void {
  const startUp = timeStartUp();
  if (!startUp) {
    console.log("Whole-process time: dist/ is not built (npm run build); skipped.");
    return;
  }
  printProcessTable(`the ${pages.length} pages`, BENCHMARK_HTML_DIR);
  if (HAVE_WCXB) printProcessTable("the WCXB development split", WCXB_HTML_DIR);
  const ms = (seconds: number | null) => (seconds === null ? "-" : `${Math.round(seconds * 1000)} ms`);
  console.log(`corroborate --help CPU, median of 9: ${ms(startUp.help)} (target < 100 ms); bare node -e 0: ${ms(startUp.bareNode)}; load ${loadAverage()}`);
}

function printProcessTable(what: string, dir: string): void {
  const times = timeProcesses(dir)!;
  const { ours, readability } = times;
  const cell = (seconds: number | null) => (seconds === null ? "-" : seconds.toFixed(2)).padStart(8);
  const ratio = (a: number | null, b: number | null) => (a === null || !b ? "-" : (a / b).toFixed(2)).padStart(8);
  console.log(`Whole process over ${what} (fastest and median of 3; load ${loadAverage()}):`);
  console.log(`${"".padEnd(30)} ${"wall s".padStart(8)} ${"CPU s".padStart(8)} ${"wall med".padStart(8)} ${"CPU med".padStart(8)}`);
  for (const [name, runs] of [["corroborate extract DIR", ours], ["Readability + linkedom", readability]] as const) {
    console.log(`  ${name.padEnd(28)} ${cell(runs.fastest.wall)} ${cell(runs.fastest.cpu)} ${cell(runs.median.wall)} ${cell(runs.median.cpu)}`);
  }
  const ratios = [ratio(ours.fastest.wall, readability.fastest.wall), ratio(ours.fastest.cpu, readability.fastest.cpu), ratio(ours.median.wall, readability.median.wall), ratio(ours.median.cpu, readability.median.cpu)];
  console.log(`  ${"ratio (target ≤ 0.33)".padEnd(28)} ${ratios.join(" ")}`);
  console.log("");
}

function loadAverage(): string {
  return loadavg().map((x) => x.toFixed(1)).join(" ");
}
