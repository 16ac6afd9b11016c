import type { Article } from "../types.js";

/**
 * An article serialised where it was analysed (a worker thread), with the few fields storing reads.
 * A long report's article is megabytes of small objects (its text, and every line removed as
 * chrome); copied to the main thread and serialised there again, it held up a server's readers
 * for a tenth of a second per 5 MB report. As one string it crosses threads as one copy.
 */
export interface SerialisedArticle extends Pick<Article, "id" | "outlet" | "warnings"> {
  json: string;
}

export function serialiseArticle(article: Article): SerialisedArticle {
  return { id: article.id, outlet: article.outlet, ...(article.warnings ? { warnings: article.warnings } : {}), json: JSON.stringify(article) };
}

/** The article as stored: JSON with the id the store settled on (another report may have had the wanted one). */
export function articleJson(article: Article | SerialisedArticle, id: string): string {
  if (!("json" in article)) return JSON.stringify({ ...article, id });
  return article.id === id ? article.json : JSON.stringify({ ...(JSON.parse(article.json) as Article), id });
}
