import { readInputs, UniqueIds, type InputOptions } from "../ingest/index.js";
import { extractArticle } from "../extract/index.js";
import { isCorroborateError } from "../errors.js";
import type { Article, InputFailure } from "../types.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures } from "./failures.js";

import type { ExtractFormat } from "./formats.js";

export { EXTRACT_FORMATS, type ExtractFormat } from "./formats.js";

/** `corroborate extract FILE...`: the cleaned text of each report, or its metadata as JSON. */
export async function runExtract(inputs: string[], format: ExtractFormat, io: CliIO, inputOptions: Partial<InputOptions> = {}): Promise<number> {
  const articles: Article[] = [];
  const allFailures: InputFailure[] = [];
  const ids = new UniqueIds();
  let extracted = 0;
  // One report at a time: ndjson from a large archive streams out as it is read, holding nothing.
  for await (const item of readInputs(inputs, inputOptions)) {
    if ("failure" in item) allFailures.push(item.failure);
    if (!("document" in item)) continue;
    const document = ids.assign(item.document);
    try {
      const article = extractArticle(document);
      extracted++;
      if (format === "ndjson") io.stdout(JSON.stringify(articleJson(article)) + "\n");
      else articles.push(article);
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      allFailures.push({ source: document.source, message: error.message });
    }
  }
  if (format === "json") io.stdout(JSON.stringify(articles.map(articleJson), null, 2) + "\n");
  if (format === "text") io.stdout(articles.map((a) => textBlock(a, articles.length > 1)).join("\n"));
  reportFailures(allFailures, io);
  if (extracted === 0) return EXIT.FAILED;
  return allFailures.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
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
