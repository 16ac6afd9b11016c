/**
 * Where main-text extraction loses, for development: our F1 on the 181 pages and on the WCXB
 * development split (totals and halves, as bench:extraction prints them), then the pages of the
 * WCXB split with the lowest F1, each with precision, recall and its URL. No timing, no
 * Readability: a quick loop while changing the extractor.
 * `node --import tsx bench/wcxb-pages.ts [how many worst pages, default 40] [--json FILE]`
 * (--json writes every page's score, to compare two runs page by page).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractArticle } from "../src/extract/index.js";
import { loadBenchmarkPages, HAVE_BENCHMARK } from "./extraction-data.js";
import { scorePage, scoreSet, type PageScore } from "./extraction-score.js";
import { HAVE_WCXB, loadWcxbPages } from "./wcxb-data.js";

interface Scored {
  id: string;
  url: string | null;
  score: PageScore;
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const worst = Number(args.find((arg, i) => /^\d+$/.test(arg) && i !== jsonAt + 1) ?? 40);

const results: Record<string, Scored[]> = {};
if (HAVE_BENCHMARK) results["181 pages"] = scoreAll(loadBenchmarkPages());
if (HAVE_WCXB) results["WCXB dev"] = scoreAll(loadWcxbPages());
for (const [name, scored] of Object.entries(results)) printSummary(name, scored);
const wcxb = results["WCXB dev"];
if (wcxb) {
  console.log("");
  const f1 = (s: PageScore) => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
  for (const page of [...wcxb].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, worst)) {
    console.log(`${page.id.padEnd(8)} F1 ${f1(page.score).toFixed(3)} P ${page.score.precision.toFixed(3)} R ${page.score.recall.toFixed(3)}  ${page.url ?? ""}`);
  }
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results));

function scoreAll(pages: readonly { id: string; path: string; url: string | null; truth: string }[]): Scored[] {
  return pages.map((page) => {
    let text = "";
    try {
      const bytes = gunzipSync(readFileSync(page.path));
      text = extractArticle({ id: page.id, source: page.url ?? page.path, bytes, contentType: "text/html", fetchedAt: "" }).text;
    } catch {
      // a page with nothing extracted scores zero, as in the reference benchmark
    }
    return { id: page.id, url: page.url, score: scorePage(page.truth, text) };
  });
}

function printSummary(name: string, scored: readonly Scored[]): void {
  const scores = scored.map((page) => page.score);
  const middle = Math.ceil(scores.length / 2);
  const all = scoreSet(scores);
  const [a, b] = [scoreSet(scores.slice(0, middle)).f1, scoreSet(scores.slice(middle)).f1];
  console.log(`${name.padEnd(10)} F1 ${all.f1.toFixed(4)} P ${all.precision.toFixed(4)} R ${all.recall.toFixed(4)}  halves ${a.toFixed(4)} ${b.toFixed(4)}`);
}
