import { readInputs, UniqueIds, type InputOptions } from "../ingest/index.js";
import { isCorroborateError } from "../errors.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";
import type { Article, InputFailure, RawDocument } from "../types.js";
import type { ArticleText } from "../extract/index.js";
import { sharedAnalysisPool } from "../workers/analysis-pool.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";

import type { ExtractFormat } from "./formats.js";

export { EXTRACT_FORMATS, type ExtractFormat } from "./formats.js";

/**
 * A batch of fewer reports than this is extracted by one worker thread. Another thread costs about
 * as much CPU as a hundred pages take to extract once the code is warm: Node's start-up, and above
 * all the extractor's code compiled and optimised again in that thread (a thread's first twenty
 * pages cost six times what later ones do). It is started only where that is at most a tenth of
 * the run's CPU: below a thousand pages the batch costs less CPU on one thread, for a longer wait
 * on an idle machine with cores to spare. Measured on the pages of bench:extraction.
 */
const ONE_THREAD_BATCH = 1000;

/**
 * `corroborate extract FILE...`: the cleaned text of each report, or its metadata as JSON. Pages
 * are extracted in worker threads under the time budget (one thread for a small batch), a few
 * ahead of the one being written, and written in the order read: ndjson from a large archive streams out, holding little.
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
  const texts: ArticleText[] = [];
  const skipped: InputFailure[] = [];
  const withoutText: InputFailure[] = [];
  const warnings: InputFailure[] = [];
  const ids = new UniqueIds();
  let extracted = 0;
  const pending: { source: string; extraction: Promise<Extracted> }[] = [];
  // Text needs none of the metadata the other formats print: only the text is worked out. Each
  // report's bytes are handed over to the worker (not copied): only its source is kept here.
  const extract = (document: RawDocument): Promise<Extracted> =>
    format === "text" ? pool.extractText(document, budget, true).then((text) => ({ text })) : pool.extract(document, budget, true).then((article) => ({ article }));
  const settleOldest = async () => {
    const { source, extraction } = pending.shift()!;
    try {
      const done = await extraction;
      const { source: from, warnings: warned } = "article" in done ? done.article : done.text;
      extracted++;
      for (const message of warned ?? []) warnings.push({ source: from, message });
      if (!("article" in done)) texts.push(done.text);
      else if (format === "ndjson") io.stdout(JSON.stringify(articleJson(done.article)) + "\n");
      else articles.push(done.article);
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      (error.code === "E_NO_TEXT" ? withoutText : skipped).push({ source, message: error.message });
    }
  };
  // A small batch is given one report at a time, so the pool never starts a second thread for it.
  let batch = 0;
  const ahead = () => (batch < ONE_THREAD_BATCH ? 1 : pool.threads * 2 + 1);
  for await (const item of readInputs(inputs, inputOptions)) {
    if ("planned" in item) batch = item.planned;
    if ("failure" in item) skipped.push(item.failure);
    if (!("document" in item)) continue;
    // An archive or a feed names one input and may hold many reports.
    batch = Math.max(batch, extracted + pending.length + 1);
    const document = ids.assign(item.document);
    while (pending.length >= ahead()) await settleOldest();
    const extraction = extract(document);
    // Awaited in order by settleOldest; this only keeps a later failure from counting as unhandled meanwhile.
    extraction.catch(() => {});
    pending.push({ source: document.source, extraction });
  }
  while (pending.length > 0) await settleOldest();
  if (format === "json") io.stdout(JSON.stringify(articles.map(articleJson), null, 2) + "\n");
  if (format === "text") io.stdout(texts.map((a) => textBlock(a, texts.length > 1)).join("\n"));
  reportWarnings(warnings, io);
  for (const page of withoutText) io.stderr(`corroborate: ${page.message}\n`);
  reportFailures(skipped, io);
  if (extracted === 0) return EXIT.FAILED;
  return skipped.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

/** A report extracted whole (json, ndjson), or its text alone (text). */
type Extracted = { article: Article } | { text: ArticleText };

function textBlock(article: ArticleText, withHeader: boolean): string {
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
