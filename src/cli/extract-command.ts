import { collectInputs } from "../ingest/index.js";
import { isCorroborateError } from "../errors.js";
import type { TimeBudget } from "../config.js";
import type { Article, InputFailure } from "../types.js";
import { sharedAnalysisPool } from "../workers/analysis-pool.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";

export const EXTRACT_FORMATS = ["text", "json", "ndjson"] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

/**
 * `corroborate extract FILE...`: the cleaned text of each report, or its metadata as JSON. Pages
 * are extracted in worker threads under the time budget, and written in the order given.
 *
 * Exit codes follow the README's rule, "1: some inputs were skipped". A page that was read but
 * holds no article text (a section front, a page of links) was not skipped: finding no text is
 * extract's answer for it, named on stderr, and leaves the exit code alone; only when no page
 * holds any text is the exit 2 (nothing usable).
 */
export async function runExtract(inputs: string[], format: ExtractFormat, budget: TimeBudget, io: CliIO): Promise<number> {
  const { documents, failures } = await collectInputs(inputs);
  const pool = sharedAnalysisPool();
  const pending = documents.map((document) => pool.extract(document, budget));
  // Awaited in order below; this only keeps a later failure from counting as unhandled meanwhile.
  for (const extraction of pending) extraction.catch(() => {});
  const articles: Article[] = [];
  const skipped: InputFailure[] = [...failures];
  const withoutText: InputFailure[] = [];
  for (const [index, extraction] of pending.entries()) {
    try {
      const article = await extraction;
      articles.push(article);
      if (format === "ndjson") io.stdout(JSON.stringify(articleJson(article)) + "\n");
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      (error.code === "E_NO_TEXT" ? withoutText : skipped).push({ source: documents[index]!.source, message: error.message });
    }
  }
  if (format === "json") io.stdout(JSON.stringify(articles.map(articleJson), null, 2) + "\n");
  if (format === "text") io.stdout(articles.map((a) => textBlock(a, articles.length > 1)).join("\n"));
  reportWarnings(articles.flatMap((a) => (a.warnings ?? []).map((message) => ({ source: a.source, message }))), io);
  for (const page of withoutText) io.stderr(`corroborate: ${page.message}\n`);
  reportFailures(skipped, io);
  if (articles.length === 0) return EXIT.FAILED;
  return skipped.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

function textBlock(article: Article, withHeader: boolean): string {
  const header = withHeader ? `==> ${article.source} <==\n` : "";
  return `${header}${article.text}\n`;
}

function articleJson(article: Article): object {
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    authors: article.authors ?? (article.byline ? [article.byline] : []),
    published: article.published,
    modified: article.modified ?? null,
    canonicalUrl: article.canonicalUrl ?? null,
    outlet: article.outlet,
    language: article.language,
    byline: article.byline,
    dateline: article.dateline,
    attributions: article.attributions,
    text: article.text,
    paragraphs: article.paragraphs,
    removed: article.removed,
  };
}
