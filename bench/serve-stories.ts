/**
 * The story list under load: `corroborate serve` over a store of 1,500 stories (generated events,
 * bench/generate-events.ts, BENCH_PER_EVENT reports each, stored by storeExtracted below or, with
 * BENCH_INGEST=real, as `corroborate ingest` does), read by BENCH_LIST_CLIENTS concurrent clients for BENCH_LIST_SECONDS: list
 * pages up to ten deep by their next links (page and JSON), the disputed-only filter, full-text
 * searches for words of report bodies (page and /api/search), and story pages (page and JSON;
 * four in five among the newest hundred stories, as readers open what is new). Prints the time of
 * the first list view after the ingest, then p50/p95/p99 and errors per kind and overall. Target:
 * p99 under 250 ms, no errors. Run by `npm run bench:serve` after the writers' scenario
 * (bench/serve-load.ts), or alone with `npm run bench:serve:stories`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import { openSqliteStore, type Store } from "../src/store/index.js";
import { ingestInputs, prepareStory } from "../src/pipeline.js";
import { AnalysisPool } from "../src/workers/analysis-pool.js";
import { extractArticle } from "../src/extract/index.js";
import { dayNumber, emptyStory, withReport } from "../src/cluster/index.js";
import { sourceKey } from "../src/store/ingest-report.js";
import { contentHash, textHash } from "../src/store/report-hashes.js";
import { reportWords } from "../src/store/search-text.js";
import { openingSeed, storyIdFor } from "../src/story-id.js";
import type { RawDocument } from "../src/types.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";

const STORIES = Number(process.env.BENCH_STORIES ?? 1500);
/** BENCH_INGEST=real: build the store as `corroborate ingest` does (slow: every report analysed); else storeExtracted. */
const REAL_INGEST = process.env.BENCH_INGEST === "real";
const PER_EVENT = Number(process.env.BENCH_PER_EVENT ?? 2);
const CLIENTS = Number(process.env.BENCH_LIST_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 20);
const TARGET_P99_MS = 250;
const DEEPEST_PAGE = 10;
const REQUEST_TIMEOUT_MS = 60_000;
/**
 * Seconds a report or story may take, at least: this measures serving, not the time budget, and
 * a machine shared with other work must not make the ingest skip reports or the server refuse stories.
 */
const MIN_SECONDS = 600;

type Kind = "list page" | "list JSON" | "disputed" | "search page" | "search JSON" | "story page" | "story JSON";

export async function storiesLoad(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-stories-load-"));
  const dbFile = join(dir, "stories.db");
  const { documents, words } = await generateEvents();
  const store = openSqliteStore(dbFile, { create: true });
  const ingestStarted = performance.now();
  if (REAL_INGEST) await ingestFiles(store, documents, join(dir, "inputs"));
  else await storeExtracted(store, documents);
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  const { stories, reports } = await store.counts();
  await store.close();

  const server = await startServe(dbFile);
  try {
    const firstView = await timed(`${server.base}/`);
    const firstJson = await timed(`${server.base}/api/stories`);
    const pages = await listCursors(server.base);
    const newest = pages[0]!.ids.slice(0, 100);
    const all = pages.flatMap((p) => p.ids);
    const times = new Map<Kind, number[]>();
    const errors = new Map<string, number>();
    const deadline = performance.now() + SECONDS * 1000;
    const pick = <T>(items: T[], n: number) => items[(n * 7919) % items.length]!;
    const request = (n: number): [Kind, string] => {
      const page = pages[n % Math.min(DEEPEST_PAGE, pages.length)]!;
      const word = encodeURIComponent(pick(words, n));
      const story = encodeURIComponent(n % 5 === 4 ? pick(all, n) : pick(newest, n));
      const choices: [Kind, string][] = [
        ["list page", page.cursor ? `/?cursor=${page.cursor}` : "/"],
        ["list JSON", page.cursor ? `/api/stories?cursor=${page.cursor}` : "/api/stories"],
        ["disputed", n % 2 === 0 ? "/?disputed=1" : "/api/stories?disputed=1"],
        ["search page", `/?q=${word}`],
        ["search JSON", `/api/search?q=${word}`],
        ["story page", `/stories/${story}`],
        ["story JSON", `/api/stories/${story}`],
      ];
      return choices[n % choices.length]!;
    };
    const client = async (c: number) => {
      for (let n = c * 1009; performance.now() < deadline; n++) {
        const [kind, path] = request(n);
        const start = performance.now();
        try {
          const response = await fetch(`${server.base}${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          await response.arrayBuffer();
          if (response.status !== 200) count(errors, `${kind} ${response.status}`);
        } catch (error) {
          count(errors, `${kind} ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name}`);
        }
        const list = times.get(kind) ?? [];
        list.push(performance.now() - start);
        times.set(kind, list);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const elapsed = (performance.now() - started) / 1000;
    const every = [...times.values()].flat();
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(`Story list load: ${CLIENTS} concurrent readers for ${SECONDS} s on loopback over ${stories} stories (${reports} reports, stored in ${ingestSeconds.toFixed(0)} s ${REAL_INGEST ? "by ingest" : "extracted and committed, then aligned (bench/serve-stories.ts storeExtracted)"})`);
    console.log(`first list view after the ingest: page ${firstView.toFixed(0)} ms, JSON ${firstJson.toFixed(0)} ms`);
    for (const [kind, list] of times) console.log(`${kind.padEnd(12)} ${line(list, elapsed)}`);
    console.log(`${"all".padEnd(12)} ${line(every, elapsed)}, errors ${errorCount}${errorCount ? ` (${[...errors].map(([k, n]) => `${n}× ${k}`).join(", ")})` : ""}`);
    const met = errorCount === 0 && percentile(every, 99) < TARGET_P99_MS;
    console.log(`target (no errors, p99 < ${TARGET_P99_MS} ms over the mix): ${met ? "met" : "NOT met"}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first PER_EVENT reports of STORIES generated events, grouped by event; and words of their bodies to search for. */
async function generateEvents(): Promise<{ documents: RawDocument[][]; words: string[] }> {
  const events = new Map<string, RawDocument[]>();
  const words = new Set<string>();
  for (const document of generateReports(await loadStorySets(), Number.MAX_SAFE_INTEGER)) {
    const event = dirname(document.source);
    if (!events.has(event) && events.size === STORIES) break;
    const reports = events.get(event) ?? [];
    events.set(event, reports);
    if (reports.length >= PER_EVENT) continue;
    reports.push(document);
    if (reports.length === 1) for (const word of bodyWords(document.bytes)) words.add(word);
  }
  return { documents: [...events.values()], words: [...words] };
}

/** As `corroborate ingest` stores them: every report extracted, analysed and placed, then each story summarised. */
async function ingestFiles(store: Store, events: RawDocument[][], root: string): Promise<void> {
  for (const document of events.flat()) {
    const path = join(root, document.source);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, document.bytes);
  }
  await ingestInputs([root], store, undefined, { budget: { secondsPerMb: 4, minSeconds: MIN_SECONDS } });
}

/**
 * The quicker way to a store of this size on a shared machine: each event's reports extracted and
 * committed as one story, without the placement and the tagger's analysis ingest does for each
 * report; then each story aligned, summarised and kept as ingest does after storing (prepareStory,
 * in worker threads), so the server finds every story's summary and view ready.
 */
async function storeExtracted(store: Store, events: RawDocument[][]): Promise<void> {
  const ids: string[] = [];
  await store.exclusive(async () => {
    for (const documents of events) {
      let story = emptyStory(storyIdFor(openingSeed({ source: sourceKey(documents[0]!), contentHash: contentHash(documents[0]!) })));
      const articles = documents.map(extractArticle);
      for (const [i, article] of articles.entries()) {
        const features = { id: article.id, vector: new Map<string, number>(), day: dayNumber(article.published) };
        story = withReport(story, features);
        const origin = { source: sourceKey(documents[i]!), contentHash: contentHash(documents[i]!), textHash: textHash(article.text) };
        await store.commitReport({ id: article.id, ...origin, article, features, searchWords: reportWords(article, []) }, { story, created: i === 0, merged: [] });
      }
      ids.push(story.id);
    }
  });
  const pool = new AnalysisPool();
  try {
    await Promise.all(ids.map((id) => prepareStory(store, id, { pool, budget: { secondsPerMb: 4, minSeconds: MIN_SECONDS } })));
  } finally {
    await pool.close();
  }
}

/** A few longer capitalised words of a report, names and places mostly: what people search for. */
function bodyWords(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes).replace(/<[^>]*>/g, " ");
  return [...text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{5,}/gu)].slice(0, 3).map((m) => m[0]);
}

/** Each list page's cursor and story ids, by following the next links from the first page. */
async function listCursors(base: string): Promise<{ cursor: string | null; ids: string[] }[]> {
  const pages: { cursor: string | null; ids: string[] }[] = [];
  for (let cursor: string | null = null; pages.length === 0 || cursor; ) {
    const page = (await (await fetch(`${base}/api/stories${cursor ? `?cursor=${cursor}` : ""}`)).json()) as { stories: { id: string }[]; cursor: string | null };
    pages.push({ cursor, ids: page.stories.map((s) => s.id) });
    cursor = page.cursor;
  }
  return pages;
}

/** `corroborate serve` in its own process, as a user starts it, on a free port; resolves once it answers. */
async function startServe(dbFile: string): Promise<{ base: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--db", dbFile, "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CORROBORATE_MIN_SECONDS: String(MIN_SECONDS) },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const up = await fetch(`${base}/api/openapi.json`).then(() => true, () => false);
    if (up) return { base, stop };
    if (tries > 600) throw (await stop(), new Error("the server did not answer within a minute"));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  await (await fetch(url)).arrayBuffer();
  return performance.now() - start;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function percentile(values: number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

function line(values: number[], seconds: number): string {
  const ms = (p: number) => `${percentile(values, p).toFixed(1)} ms`;
  return `${String(values.length).padStart(6)} requests, ${Math.round(values.length / seconds)} req/s, p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await storiesLoad();
