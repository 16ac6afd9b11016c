/**
 * Title, date and author accuracy of our extractor on the WCXB development split, overall and per
 * half of the set (a rule that helps one half only is tuned to it), without the main-text and
 * Readability rows of bench:extraction: the quick loop for metadata work.
 *   npm run bench:wcxb-metadata                      accuracy only
 *   npm run bench:wcxb-metadata -- --misses date     also every miss of that field (title, date,
 *                                                    author or all): expected, ours, page id
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extractArticle } from "../src/extract/index.js";
import { authorMatches, dateMatches, titleMatches } from "./metadata-score.js";
import { HAVE_WCXB, loadWcxbPages, type WcxbPage } from "./wcxb-data.js";

type Field = "title" | "date" | "author";

interface Result {
  title: string | null;
  published: string | null;
  authors: string[];
}

interface Check {
  field: Field;
  expected: (page: WcxbPage) => string | null;
  got: (result: Result) => string;
  matches: (truth: string, result: Result) => boolean;
}

const CHECKS: readonly Check[] = [
  { field: "title", expected: (page) => page.title, got: (r) => r.title ?? "-", matches: (truth, r) => titleMatches(truth, r.title) },
  { field: "date", expected: (page) => page.published, got: (r) => r.published ?? "-", matches: (truth, r) => dateMatches(truth, r.published) },
  { field: "author", expected: (page) => page.author, got: (r) => r.authors.join(" ; ") || "-", matches: (truth, r) => authorMatches(truth, r.authors) },
];

if (!HAVE_WCXB) {
  console.log("bench:wcxb-metadata: ../shared/bench-data/wcxb-dev is missing; nothing to measure.");
  process.exit(0);
}
const showMisses = missesOption(process.argv.slice(2));
const pages = loadWcxbPages();
const results = pages.map(extractMetadata);
const middle = Math.ceil(pages.length / 2);

console.log(`WCXB development split, metadata of ours: share of annotated pages (${pages.length} pages; halves ${middle} + ${pages.length - middle})`);
console.log(`${"field".padEnd(8)} ${"all".padStart(6)} ${"½a".padStart(6)} ${"½b".padStart(6)} ${"pages".padStart(6)}`);
for (const check of CHECKS) {
  const all = accuracy(check, 0, pages.length);
  const figures = [all.share, accuracy(check, 0, middle).share, accuracy(check, middle, pages.length).share];
  console.log(`${check.field.padEnd(8)} ${figures.map((x) => x.toFixed(3).padStart(6)).join(" ")} ${String(all.annotated).padStart(6)}`);
}
for (const check of CHECKS.filter((c) => showMisses === "all" || showMisses === c.field)) {
  console.log(`\nMisses, ${check.field}: expected | ours | page`);
  pages.forEach((page, i) => {
    const truth = check.expected(page);
    if (truth && !check.matches(truth, results[i]!)) console.log(`${truth} | ${check.got(results[i]!)} | ${page.id}`);
  });
}

function accuracy(check: Check, from: number, to: number): { share: number; annotated: number } {
  let annotated = 0;
  let matched = 0;
  for (let i = from; i < to; i++) {
    const truth = check.expected(pages[i]!);
    if (!truth) continue;
    annotated++;
    if (check.matches(truth, results[i]!)) matched++;
  }
  return { share: matched / Math.max(annotated, 1), annotated };
}

function extractMetadata(page: WcxbPage): Result {
  try {
    const bytes = gunzipSync(readFileSync(page.path));
    const article = extractArticle({ id: page.id, source: page.url ?? page.path, bytes, contentType: "text/html", fetchedAt: "" });
    return { title: article.title, published: article.published, authors: article.authors ?? [] };
  } catch {
    return { title: null, published: null, authors: [] }; // nothing extracted counts as a miss, as in bench:extraction
  }
}

function missesOption(args: readonly string[]): Field | "all" | null {
  const at = args.indexOf("--misses");
  if (at < 0) return null;
  const value = args[at + 1] ?? "all";
  if (value === "all" || CHECKS.some((c) => c.field === value)) return value as Field | "all";
  console.error(`--misses takes title, date, author or all, not "${value}"`);
  process.exit(2);
}
