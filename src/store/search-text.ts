import type { Article } from "../types.js";

/**
 * Full-text search, the same in every store: a report is indexed as the set of its folded words
 * (title, outlet, id, text, claim values), and a query matches a report holding every word of it.
 * Both stores get words already folded and split here, so that SQLite's FTS5 tokenizer and
 * PostgreSQL's 'simple' parser have nothing left to decide and find the same reports.
 */

/**
 * Characters of a report's word list kept in the index. PostgreSQL refuses a tsvector over 1 MB;
 * the distinct words of even a 20 MB report fit well under this.
 */
const MAX_DOCUMENT_CHARS = 400_000;
/** Longer "words" are base64 or URLs, never searched for; PostgreSQL drops words over 2 KB anyway. */
const MAX_WORD_CHARS = 60;

/** Lower case, accents off ("São Paulo" → "sao paulo"), letters and digits only. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= MAX_WORD_CHARS);
}

/** The indexed form of a report: its distinct words, space-separated. */
export function searchDocument(article: Pick<Article, "id" | "title" | "outlet" | "text">, claimValues: readonly string[]): string {
  const words = new Set(searchWords([article.title, article.outlet ?? "", article.id, ...claimValues, article.text].join(" ")));
  let document = "";
  for (const word of words) {
    if (document.length + word.length + 1 > MAX_DOCUMENT_CHARS) break;
    document += document ? ` ${word}` : word;
  }
  return document;
}
