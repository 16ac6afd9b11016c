import type { AnalyzedArticle, Article, Claim } from "../types.js";
import { splitSentences } from "./sentences.js";
import { findEntities } from "./entities.js";
import { findQuantityClaims } from "./quantities.js";
import { findDateClaims } from "./dates.js";
import { findPlaceClaims, findPlaceContainment } from "./places.js";
import { findRoleClaims } from "./roles.js";
import { findQuoteClaims } from "./quotes.js";
import { frameClaims } from "./frames/index.js";
import { datePhrasesOf } from "./date-patterns.js";

/**
 * Analyze one article: sentences, entity mentions, then every kind of checkable claim.
 * Each finder is independent and reads only the text, the sentences and the entity mentions.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const text = article.text;
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences);
  const input = { text, sentences, entities, published: article.published };
  const claims: Claim[] = [
    ...frameClaims(input, findQuantityClaims(input), datePhrasesOf(input)),
    ...findDateClaims(input),
    ...findPlaceClaims(input),
    ...findRoleClaims(input),
    ...findQuoteClaims(input),
  ];
  return { article, sentences, entities, claims, containment: findPlaceContainment(input) };
}

export { splitSentences } from "./sentences.js";
export { entityKey, sameEntity } from "./entity-key.js";
