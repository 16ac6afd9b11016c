/**
 * Clustering quality: a labelled stream through the same path as `corroborate ingest` (a fresh
 * SQLite store, reports placed one at a time in publish order of arrival), scored with BCubed
 * precision, recall and F1. Labels: the five seeds are one event (../shared/seeds, read at run
 * time), each examples/ folder is one event, and each of the article-extraction benchmark pages
 * (../shared/bench-data/.../html/*.html.gz) is its own event, as the issue asks; a second score
 * groups the pages that report one event (bench/page-events.json), since several do.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { collectInputs } from "../src/ingest/index.js";
import { extractArticle } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { openSqliteStore } from "../src/store/index.js";
import { reportForStore, sourceKey, storeReport } from "../src/store/ingest-report.js";
import { contentHash } from "../src/store/report-hashes.js";
import { DEFAULT_OPTIONS } from "../src/config.js";
import type { AnalyzedArticle } from "../src/types.js";
import { bcubed } from "./bcubed.js";
import { tfidfSinglePass } from "./tfidf-baseline.js";
import { loadDevReports, scoreDevClustering } from "./dev-events.js";

const SEEDS = resolve("../shared/seeds");
const PAGES = resolve("../shared/bench-data/article-extraction-benchmark/html");
const threshold = Number(process.env.BENCH_THRESHOLD ?? DEFAULT_OPTIONS.cluster.joinThreshold);

const labelled: { dir: string; label: (id: string) => string }[] = [];
if (existsSync(SEEDS)) labelled.push({ dir: SEEDS, label: () => "seeds" });
for (const name of readdirSync("examples").sort()) if (statSync(join("examples", name)).isDirectory()) labelled.push({ dir: join("examples", name), label: () => name });
if (existsSync(PAGES)) labelled.push({ dir: PAGES, label: (id) => `page:${id}` });

const stream: { analyzed: AnalyzedArticle; source: string; hash: string; gold: string }[] = [];
for (const { dir, label } of labelled) {
  const { documents } = await collectInputs([dir]);
  for (const document of documents) {
    const analyzed = analyzeArticle(extractArticle(document));
    stream.push({ analyzed, source: sourceKey(document), hash: contentHash(document), gold: label(document.id) });
  }
}

const dir = mkdtempSync(join(tmpdir(), "corroborate-clustering-"));
const store = openSqliteStore(join(dir, "bench.db"), { create: true });
const predicted = new Map<string, string>();
const gold = new Map<string, string>();
const started = performance.now();
for (const item of stream) {
  const stored = await storeReport(store, reportForStore(item.analyzed), { source: item.source, contentHash: item.hash }, { joinThreshold: threshold });
  gold.set(stored.id, item.gold);
}
const elapsed = performance.now() - started;
const mixed: string[] = [];
for (const record of await store.listStories()) {
  const articles = (await store.storyArticles(record.id)) ?? [];
  for (const article of articles) predicted.set(article.id, record.id);
  if (new Set(articles.map((a) => gold.get(a.id))).size > 1) mixed.push(`${record.id}: ${articles.map((a) => `[${gold.get(a.id)}] ${a.title.slice(0, 60)}`).join(" | ")}`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });

const score = bcubed(predicted, gold);
// The same stream scored with the page groups that report one event (bench/page-events.json).
const pageEvents = (JSON.parse(readFileSync("bench/page-events.json", "utf8")) as { events: Record<string, string[]> }).events;
const eventOfPage = (label: string) => Object.entries(pageEvents).find(([, ids]) => ids.some((id) => label.startsWith(`page:${id}`)))?.[0];
const scoreJudged = bcubed(predicted, new Map([...gold].map(([id, label]) => [id, eventOfPage(label) ?? label])));
const events = new Set(gold.values()).size;
console.log(`Clustering benchmark: ${stream.length} reports, ${events} labelled events, ${new Set(predicted.values()).size} stories found (join threshold ${threshold})`);
console.log(`every page its own event:          BCubed precision ${score.precision.toFixed(4)}  recall ${score.recall.toFixed(4)}  F1 ${score.f1.toFixed(4)}`);
console.log(`pages of one event grouped (${Object.keys(pageEvents).length} groups): BCubed precision ${scoreJudged.precision.toFixed(4)}  recall ${scoreJudged.recall.toFixed(4)}  F1 ${scoreJudged.f1.toFixed(4)}`);
const baseline = bcubed(tfidfSinglePass(stream.map((item) => ({ id: item.analyzed.article.id, text: `${item.analyzed.article.title}\n${item.analyzed.article.text}` }))), new Map(stream.map((item) => [item.analyzed.article.id, item.gold])));
console.log(`TF-IDF single-pass baseline, every page its own event: BCubed precision ${baseline.precision.toFixed(4)}  recall ${baseline.recall.toFixed(4)}  F1 ${baseline.f1.toFixed(4)}`);
console.log(`placing and storing: ${(elapsed / stream.length).toFixed(2)} ms per report`);
if (process.env.BENCH_VERBOSE) for (const line of mixed) console.log(line);

const dev = await loadDevReports();
if (dev) for (const line of scoreDevClustering(dev)) console.log(line);
else console.log("Dev set: ../shared/dev-events is absent, skipped");
