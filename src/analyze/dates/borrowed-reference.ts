import type { AnalyzedArticle } from "../../types.js";
import { findDateClaims } from "./index.js";

/**
 * A report with no publish date says "on Sunday", "on 3 May": its dates resolve against the day
 * another report of the same story was published. Those dates are the story's best reading, not
 * the report's own word, so they corroborate and are never held against another date
 * (`comparable: false`); dates the report resolves by itself (with their year) are unchanged.
 */
export function withBorrowedReference(analyzed: AnalyzedArticle, published: string): AnalyzedArticle {
  if (analyzed.article.published) return analyzed;
  const input = { text: analyzed.article.text, sentences: analyzed.sentences, entities: analyzed.entities };
  const own = new Set(findDateClaims({ ...input, published: null }).map((c) => `${c.span.start}:${c.value}`));
  const borrowed = findDateClaims({ ...input, published }).filter((c) => !own.has(`${c.span.start}:${c.value}`));
  if (borrowed.length === 0) return analyzed;
  return { ...analyzed, claims: [...analyzed.claims, ...borrowed.map((c) => ({ ...c, comparable: false }))] };
}
