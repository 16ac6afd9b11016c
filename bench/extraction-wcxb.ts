/**
 * The WCXB development split (793 article pages, bench/wcxb-data.ts) for bench:extraction:
 * main-text F1/P/R with the same shingle scoring as the 181 pages, per half of the set, and title,
 * date and author accuracy (bench/metadata-score.ts), for ours and Readability on linkedom.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { decodeBytes, extractArticle } from "../src/extract/index.js";
import { scorePage, scoreSet, type PageScore, type SetScore } from "./extraction-score.js";
import { authorMatches, dateMatches, titleMatches } from "./metadata-score.js";
import { loadWcxbPages, type WcxbPage } from "./wcxb-data.js";

export interface Extracted {
  text: string;
  title: string | null;
  published: string | null;
  authors: string[];
}

export interface WcxbRow {
  name: string;
  score: SetScore;
  halves: [number, number];
  title: number;
  date: number;
  author: number;
}

const NOTHING: Extracted = { text: "", title: null, published: null, authors: [] };

export function runWcxb(): WcxbRow[] {
  const pages = loadWcxbPages();
  const bytes = pages.map((page) => gunzipSync(readFileSync(page.path)));
  const ours = pages.map((page, i) => guarded(() => {
    const article = extractArticle({ id: page.id, source: page.url ?? page.path, bytes: bytes[i]!, contentType: "text/html", fetchedAt: "" });
    return { text: article.text, title: article.title, published: article.published, authors: article.authors ?? [] };
  }));
  const readability = pages.map((page, i) => guarded(() => {
    const html = decodeBytes(bytes[i]!, { contentType: "text/html", source: page.path });
    const article = new Readability(new DOMParser().parseFromString(html, "text/html") as never).parse();
    if (!article) return NOTHING;
    return { text: article.textContent ?? "", title: article.title ?? null, published: article.publishedTime ?? null, authors: article.byline ? [article.byline] : [] };
  }));
  return [row("Corroborate (HTML)", pages, ours), row("Readability 0.6 + linkedom", pages, readability)];
}

/** Per-page results of our extractor, for looking at where it loses (bench/wcxb-pages.ts). */
export function wcxbPageScores(pages: readonly WcxbPage[], results: readonly Extracted[]): PageScore[] {
  return pages.map((page, i) => scorePage(page.truth, results[i]!.text));
}

function row(name: string, pages: readonly WcxbPage[], results: readonly Extracted[]): WcxbRow {
  const scores = wcxbPageScores(pages, results);
  const middle = Math.ceil(scores.length / 2);
  const share = (field: "title" | "author" | "published", matches: (truth: string, got: Extracted) => boolean): number => {
    const annotated = pages.map((page, i) => [page[field], results[i]!] as const).filter(([truth]) => truth);
    return annotated.filter(([truth, got]) => matches(truth!, got)).length / Math.max(annotated.length, 1);
  };
  return {
    name,
    score: scoreSet(scores),
    halves: [scoreSet(scores.slice(0, middle)).f1, scoreSet(scores.slice(middle)).f1],
    title: share("title", (truth, got) => titleMatches(truth, got.title)),
    date: share("published", (truth, got) => dateMatches(truth, got.published)),
    author: share("author", (truth, got) => authorMatches(truth, got.authors)),
  };
}

function guarded(run: () => Extracted): Extracted {
  try {
    return run();
  } catch {
    return NOTHING; // a page with nothing extracted scores zero, as in the reference benchmark
  }
}

export function printWcxbTable(rows: readonly WcxbRow[], pageCount: number): void {
  console.log(`WCXB development split: ${pageCount} article pages, same scoring; metadata as share of annotated pages`);
  console.log("");
  const head = ["F1", "prec", "recall", "F1 ½a", "F1 ½b", "title", "date", "author"].map((h) => h.padStart(6)).join(" ");
  console.log(`${"extractor".padEnd(28)} ${head}`);
  for (const r of rows) {
    const figures = [r.score.f1, r.score.precision, r.score.recall, r.halves[0], r.halves[1], r.title, r.date, r.author];
    console.log(`${r.name.padEnd(28)} ${figures.map((x) => x.toFixed(3).padStart(6)).join(" ")}`);
  }
}
