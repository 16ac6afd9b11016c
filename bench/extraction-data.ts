/**
 * The article-extraction benchmark set (MIT licence, Scrapinghub): 181 gzipped news pages and
 * their true article bodies, read from ../shared at run time and never copied into the repo.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const BENCHMARK_DIR = resolve(process.cwd(), "../shared/bench-data/article-extraction-benchmark");
export const BENCHMARK_HTML_DIR = join(BENCHMARK_DIR, "html");
export const HAVE_BENCHMARK = existsSync(join(BENCHMARK_DIR, "ground-truth.json"));

export interface BenchmarkPage {
  id: string;
  /** Path of the gzipped page. */
  path: string;
  url: string;
  truth: string;
}

/** ground-truth.json maps a page id (its file name without ".html.gz") to { articleBody, url }. */
export function loadBenchmarkPages(): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(BENCHMARK_DIR, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(BENCHMARK_HTML_DIR)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => {
      const id = name.slice(0, -".html.gz".length);
      const entry = truth[id];
      if (!entry) throw new Error(`no ground truth for ${name}`);
      return { id, path: join(BENCHMARK_HTML_DIR, name), url: entry.url, truth: entry.articleBody };
    });
}
