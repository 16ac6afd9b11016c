/**
 * The real-news dev set (../shared/dev-events, read at run time, never copied): 80 reports of ten
 * events and 19 near misses, each near miss its own event. Clustered with `check`'s path
 * (clusterStories) and with the plain TF-IDF baseline; BCubed over all 99 reports.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { collectInputs } from "../src/ingest/index.js";
import { extractArticle } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { clusterStories } from "../src/cluster/index.js";
import type { AnalyzedArticle } from "../src/types.js";
import { bcubed } from "./bcubed.js";
import { BASELINE_THRESHOLD, tfidfSinglePass } from "./tfidf-baseline.js";

const DEV = resolve("../shared/dev-events");
const THRESHOLD_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

export interface DevReport {
  analyzed: AnalyzedArticle;
  file: string;
  event: string;
}

/** The dev reports with their gold event, in the manifest's order; null when the set is absent. */
export async function loadDevReports(): Promise<DevReport[] | null> {
  if (!existsSync(`${DEV}/manifest.tsv`)) return null;
  const eventOf = new Map(
    readFileSync(`${DEV}/manifest.tsv`, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t") as [string, string]).map(([file, event]) => [file, event]),
  );
  const { documents } = await collectInputs([`${DEV}/articles`]);
  return documents.map((document) => {
    const file = document.source.split("/").at(-1)!;
    const event = eventOf.get(file);
    if (!event) throw new Error(`${file} is not in dev-events/manifest.tsv`);
    return { analyzed: analyzeArticle(extractArticle(document)), file, event };
  });
}

export function scoreDevClustering(reports: DevReport[]): string[] {
  const gold = new Map(reports.map((r) => [r.analyzed.article.id, r.event]));
  const ours = new Map<string, string>();
  for (const story of clusterStories(reports.map((r) => r.analyzed))) for (const a of story.articles) ours.set(a.article.id, story.id);
  const texts = byPublished(reports).map((r) => ({ id: r.analyzed.article.id, text: `${r.analyzed.article.title}\n${r.analyzed.article.text}` }));
  // The baseline at its frozen threshold, and at the threshold best for it on this very set: an
  // upper bound no fixed threshold would reach on events it has not seen.
  const oracle = THRESHOLD_GRID.map((t) => ({ t, predicted: tfidfSinglePass(texts, t) })).reduce((a, b) => (bcubed(b.predicted, gold).f1 > bcubed(a.predicted, gold).f1 ? b : a));
  const runs: [string, Map<string, string>][] = [
    ["ours", ours],
    [`TF-IDF baseline at ${BASELINE_THRESHOLD}`, tfidfSinglePass(texts)],
    [`TF-IDF baseline, oracle ${oracle.t.toFixed(2)}`, oracle.predicted],
  ];
  const lines = [`Dev set (../shared/dev-events): ${reports.length} reports, ${new Set(gold.values()).size} events (near misses each their own)`];
  const joined = joinNearMissPairs(gold);
  for (const [name, predicted] of runs) {
    const s = bcubed(predicted, gold);
    const j = bcubed(predicted, joined);
    lines.push(`  ${name.padEnd(30)} BCubed precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}  (${new Set(predicted.values()).size} stories)`);
    lines.push(`  ${"".padEnd(30)}   near-miss pairs of one event joined: P ${j.precision.toFixed(4)}  R ${j.recall.toFixed(4)}  F1 ${j.f1.toFixed(4)}`);
  }
  lines.push("  ours per event (reports: stories they fell in; foreign reports mixed in):");
  for (const event of [...new Set(gold.values())].filter((e) => !e.startsWith("near-")).sort()) {
    const members = reports.filter((r) => r.event === event).map((r) => r.analyzed.article.id);
    const stories = new Set(members.map((id) => ours.get(id)));
    const foreign = [...ours].filter(([id, s]) => stories.has(s) && gold.get(id) !== event).map(([id]) => shortName(id));
    const split = [...stories].map((s) => members.filter((id) => ours.get(id) === s).length).sort((a, b) => b - a).join("+");
    lines.push(`    ${event.padEnd(36)} ${String(members.length).padStart(2)} reports in ${split} ${foreign.length ? `with ${foreign.join(", ")}` : ""}`);
  }
  if (process.env.BENCH_VERBOSE) {
    for (const story of new Set(ours.values())) {
      const ids = [...ours].filter(([, s]) => s === story).map(([id]) => shortName(id));
      lines.push(`    story: ${ids.join(" | ")}`);
    }
  }
  return lines;
}

/** The gold with the near-miss pairs that report one real event as one (bench/dev-near-miss-events.json). */
function joinNearMissPairs(gold: Map<string, string>): Map<string, string> {
  const pairs = (JSON.parse(readFileSync("bench/dev-near-miss-events.json", "utf8")) as { sameEvent: [string, string][] }).sameEvent;
  const alias = new Map(pairs.map(([first, second]) => [second, first]));
  return new Map([...gold].map(([id, event]) => [id, alias.get(event) ?? event]));
}

function byPublished(reports: DevReport[]): DevReport[] {
  const day = (r: DevReport) => (r.analyzed.article.published ? Date.parse(r.analyzed.article.published.slice(0, 10)) : Infinity);
  return reports.map((r, i) => ({ r, i })).sort((a, b) => day(a.r) - day(b.r) || a.i - b.i).map((x) => x.r);
}

function shortName(id: string): string {
  return id.split("/").at(-1)!.replace(/\.txt$/, "");
}
