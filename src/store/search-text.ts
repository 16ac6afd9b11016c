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

/**
 * A report's distinct folded words, its id apart (the store settles the id when it commits):
 * title, outlet, claim values and text. For a long report this takes seconds, so it is made where
 * the report is analysed, in a worker thread (workers/prepare-task.ts), not while the store is locked.
 */
export function reportWords(article: Pick<Article, "title" | "outlet" | "text">, claimValues: readonly string[]): string {
  const words = new Set(searchWords([article.title, article.outlet ?? "", ...claimValues, article.text].join(" ")));
  let document = "";
  for (const word of words) {
    if (document.length + word.length + 1 > MAX_DOCUMENT_CHARS) break;
    document += document ? ` ${word}` : word;
  }
  return document;
}

/** The indexed form of a report: the words of its id, then reportWords. */
export function searchDocument(id: string, words: string): string {
  return [...searchWords(id), words].join(" ");
}
