import { readInputs, UniqueIds, type InputOptions } from "../ingest/index.js";
import { isCorroborateError } from "../errors.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";
import type { Article, InputFailure } from "../types.js";
import { sharedAnalysisPool } from "../workers/analysis-pool.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";

import type { ExtractFormat } from "./formats.js";

export { EXTRACT_FORMATS, type ExtractFormat } from "./formats.js";

/**
 * `corroborate extract FILE...`: the cleaned text of each report, or its metadata as JSON. Pages
 * are extracted in worker threads under the time budget, a few ahead of the one being written,
 * and written in the order read: ndjson from a large archive streams out, holding little.
 *
 * Exit codes follow the README's rule, "1: some inputs were skipped". A page that was read but
 * holds no article text (a section front, a page of links) was not skipped: finding no text is
 * extract's answer for it, named on stderr, and leaves the exit code alone; only when no page
 * holds any text is the exit 2 (nothing usable).
 */
export async function runExtract(
  inputs: string[],
  format: ExtractFormat,
  io: CliIO,
  inputOptions: Partial<InputOptions> = {},
  budget: TimeBudget = DEFAULT_OPTIONS.budget,
): Promise<number> {
  const pool = sharedAnalysisPool();
  const articles: Article[] = [];
  const skipped: InputFailure[] = [];
  const withoutText: InputFailure[] = [];
  const warnings: InputFailure[] = [];
  const ids = new UniqueIds();
  let extracted = 0;
  const pending: { source: string; extraction: Promise<Article> }[] = [];
  const settleOldest = async () => {
    const { source, extraction } = pending.shift()!;
    try {
      const article = await extraction;
      extracted++;
      for (const message of article.warnings ?? []) warnings.push({ source: article.source, message });
      if (format === "ndjson") io.stdout(JSON.stringify(articleJson(article)) + "\n");
      else articles.push(article);
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      (error.code === "E_NO_TEXT" ? withoutText : skipped).push({ source, message: error.message });
    }
  };
  for await (const item of readInputs(inputs, inputOptions)) {
    if ("failure" in item) skipped.push(item.failure);
    if (!("document" in item)) continue;
    const document = ids.assign(item.document);
    const extraction = pool.extract(document, budget);
    // Awaited in order by settleOldest; this only keeps a later failure from counting as unhandled meanwhile.
    extraction.catch(() => {});
    pending.push({ source: document.source, extraction });
    if (pending.length > pool.threads * 2) await settleOldest();
  }
  while (pending.length > 0) await settleOldest();
  if (format === "json") io.stdout(JSON.stringify(articles.map(articleJson), null, 2) + "\n");
  if (format === "text") io.stdout(articles.map((a) => textBlock(a, articles.length > 1)).join("\n"));
  reportWarnings(warnings, io);
  for (const page of withoutText) io.stderr(`corroborate: ${page.message}\n`);
  reportFailures(skipped, io);
  if (extracted === 0) return EXIT.FAILED;
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
