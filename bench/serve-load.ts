/**
 * Load benchmark for `corroborate serve`, on loopback only: 100 concurrent clients read story
 * pages (the HTML page and the JSON story, three to one) for a bounded time while one client posts
 * reports, half of them new events and half new versions of reports already read, so that the
 * stories being read keep changing under the readers, and another posts a 5 MB report (many
 * paragraphs) every 10 s, the size of report that used to stop every reader for minutes. Prints
 * requests/s, latency percentiles and errors. The server runs in its own process, as a user would
 * start it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { openSqliteStore } from "../src/store/index.js";
import { ingestDocument, prepareStory } from "../src/pipeline.js";
import type { RawDocument } from "../src/types.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";
import { storiesLoad } from "./serve-stories.js";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const STORED_BEFORE = Number(process.env.BENCH_REPORTS ?? 400);
/** One post every this many ms: a newsroom adding reports by hand posts far less often. */
const POST_INTERVAL_MS = 100;
const TARGET_P99_MS = 250;
/** The big report: posted once every BIG_POST_INTERVAL_MS, waiting for each answer before the next. */
const BIG_REPORT_BYTES = Number(process.env.BENCH_BIG_MB ?? 5) * 1024 * 1024;
const BIG_POST_INTERVAL_MS = 10_000;
/** A request not answered by then counts as an error, so a frozen server ends the run instead of hanging it. */
const REQUEST_TIMEOUT_MS = 120_000;

const dir = mkdtempSync(join(tmpdir(), "corroborate-load-"));
const dbFile = join(dir, "load.db");
const generated = [...generateReports(await loadStorySets(), STORED_BEFORE + Math.ceil((SECONDS * 1000) / POST_INTERVAL_MS))];
const stored = generated.slice(0, STORED_BEFORE);
const toPost = generated.slice(STORED_BEFORE);
const bigReport = manyParagraphs(generated, BIG_REPORT_BYTES);

const store = openSqliteStore(dbFile, { create: true });
// As `ingest` does: each report placed, then each story it changed aligned, summarised and kept.
const touched = new Set<string>();
for (const document of stored) for (const story of (await ingestDocument(store, document, `upload:${document.source}`)).touched ?? []) touched.add(story);
for (const story of touched) await prepareStory(store, story);
await store.close();

// BENCH_SERVER_FLAGS: more node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
const serverFlags = (process.env.BENCH_SERVER_FLAGS ?? "").split(/\s+/).filter(Boolean);
const server = spawn(process.execPath, [...serverFlags, "--import", "tsx", "--import", "./bench/server-loop-delay.mjs", "src/cli/main.ts", "serve", "--db", dbFile, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const loopDelays: string[] = [];
const base = await serverUrl(server.stderr!, (line) => loopDelays.push(line));
const listing = (await (await fetch(`${base}/api/stories?limit=1000`)).json()) as { total: number; stories: { id: string; reports: number }[] };
const storyIds = listing.stories.map((s) => s.id);

const reads: number[] = [];
const posts: number[] = [];
const bigPosts: { ms: number; status: number | string }[] = [];
let readErrors = 0;
const readErrorKinds = new Map<string, number>();
const countError = (kind: string) => {
  readErrors++;
  readErrorKinds.set(kind, (readErrorKinds.get(kind) ?? 0) + 1);
};
let postErrors = 0;
let storedDuringLoad = 0;
const deadline = performance.now() + SECONDS * 1000;
const started = performance.now();

async function reader(client: number): Promise<void> {
  for (let n = client; performance.now() < deadline; n++) {
    const id = encodeURIComponent(storyIds[(n * 7919) % storyIds.length]!);
    const path = n % 4 === 3 ? `/api/stories/${id}` : `/stories/${id}`;
    const start = performance.now();
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await response.arrayBuffer();
      if (response.status !== 200) countError(String(response.status));
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      countError(cause?.code ?? (error as Error).name);
    }
    reads.push(performance.now() - start);
  }
}

async function poster(): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const document = n % 2 === 0 ? toPost[n / 2]! : revised(stored[(n * 31) % stored.length]!, n);
    const text = new TextDecoder().decode(document.bytes);
    const body = JSON.stringify(document.contentType === "text/html" ? { html: text, source: document.source } : { text, source: document.source });
    const start = performance.now();
    try {
      const response = await fetch(`${base}/api/reports`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await response.arrayBuffer();
      if (response.status === 201) storedDuringLoad++;
      else if (response.status !== 200) postErrors++;
    } catch {
      postErrors++;
    }
    posts.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, POST_INTERVAL_MS));
  }
}

async function bigPoster(): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const start = performance.now();
    const body = JSON.stringify({ text: bigReport, source: `big-report-${n}` });
    let status: number | string;
    try {
      const response = await fetch(`${base}/api/reports`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const answer = (await response.json()) as { error?: { code?: string } };
      status = answer.error?.code ? `${response.status} ${answer.error.code}` : response.status;
    } catch (error) {
      status = (error as Error).name;
    }
    const ms = performance.now() - start;
    bigPosts.push({ ms, status });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, BIG_POST_INTERVAL_MS - ms)));
  }
}

/** A long report of many paragraphs: the bodies of generated reports of other events, in turn, up to `bytes`. */
function manyParagraphs(documents: RawDocument[], bytes: number): string {
  const bodies = documents.filter((d) => d.contentType !== "text/html").map((d) => new TextDecoder().decode(d.bytes).split("\n").slice(2).join("\n"));
  const parts = ["A long report gathering many dispatches\n"];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += body.length + 1;
  }
  return parts.join("\n").slice(0, bytes);
}

/** A later version of a stored report: a new source with one line added, so it joins that report's story. */
function revised(document: RawDocument, n: number): RawDocument {
  const text = new TextDecoder().decode(document.bytes).replace(/(<\/p>|\n)(?![\s\S]*(<\/p>|\n))/, `$1\nThis report was updated ${n} minutes after it was first published.\n`);
  return { ...document, source: `${document.source}#update-${n}`, bytes: new TextEncoder().encode(text) };
}

server.kill("SIGUSR2");
const loadBefore = loadavg()[0]!;
await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => reader(i)), poster(), bigPoster()]);
const elapsed = (performance.now() - started) / 1000;
server.kill("SIGUSR2");
await new Promise((resolve) => setTimeout(resolve, 500));
server.kill("SIGTERM");
await once(server, "exit");
rmSync(dir, { recursive: true, force: true });

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`Serve load benchmark: ${CLIENTS} concurrent readers for ${SECONDS} s on loopback, over ${storyIds.length} stories (${STORED_BEFORE} reports stored before), while reports were posted`);
console.log(`machine load (1-minute average) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${availableParallelism()} cores`);
console.log(`story reads:  ${reads.length} requests, ${Math.round(reads.length / elapsed)} req/s, p50 ${ms(pct(reads, 50))}, p90 ${ms(pct(reads, 90))}, p99 ${ms(pct(reads, 99))}, max ${ms(Math.max(...reads))}, errors ${readErrors}${readErrors > 0 ? ` (${[...readErrorKinds].map(([kind, n]) => `${n}× ${kind}`).join(", ")})` : ""}`);
console.log(`posts:        ${posts.length} requests (${storedDuringLoad} stored), p50 ${ms(pct(posts, 50))}, p99 ${ms(pct(posts, 99))}, errors ${postErrors}`);
console.log(`server main thread's event-loop delay while loaded: ${loopDelays.at(-1) ?? "not reported"} (ms)`);
console.log(`${(BIG_REPORT_BYTES / 1024 / 1024).toFixed(0)} MB posts:   ${bigPosts.map((p) => `${p.status} after ${(p.ms / 1000).toFixed(1)} s`).join("; ") || "none answered"}`);
const met = readErrors === 0 && postErrors === 0 && pct(reads, 99) < TARGET_P99_MS;
console.log(`target (no errors, story-read p99 < ${TARGET_P99_MS} ms): ${met ? "met" : "NOT met"}`);
console.log();
await storiesLoad();

/** The URL the server prints once it listens; what it prints later is shown as it comes, but for its loop-delay lines (server-loop-delay.mjs), given to `onDelay`. */
function serverUrl(stderr: NodeJS.ReadableStream, onDelay: (summary: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    let found = false;
    stderr.on("data", (chunk) => {
      if (found) {
        const lines = String(chunk).split("\n");
        for (const line of lines.filter((l) => l.startsWith("loop-delay "))) onDelay(line.slice("loop-delay ".length));
        const rest = lines.filter((l) => !l.startsWith("loop-delay ")).join("\n");
        if (rest.trim()) process.stderr.write(rest.endsWith("\n") ? rest : `${rest}\n`);
        return;
      }
      seen += String(chunk);
      const match = /web UI:\s+(http:\/\/\S+?)\/?\s/.exec(seen);
      if (match) {
        found = true;
        resolve(match[1]!);
      }
    });
    stderr.on("end", () => found || reject(new Error(`the server did not start:\n${seen}`)));
  });
}
