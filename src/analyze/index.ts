import type { AnalyzedArticle, Article, Claim } from "../types.js";
import { splitSentences } from "./sentences.js";
import { findEntities } from "./entities/index.js";
import { findQuantityClaims } from "./quantities/index.js";
import { findDateClaims } from "./dates/index.js";
import { findPlaceClaims, findPlaceContainment } from "./places/index.js";
import { findRoleClaims } from "./roles/index.js";
import { findQuoteClaims } from "./quotes/index.js";
import { findNamedFacts } from "./names/index.js";
import { findAnnouncers } from "./roles/announcer.js";
import { frameClaims } from "./frames/index.js";
import { datePhrasesOf } from "./dates/patterns.js";
import { LastArticleCache } from "./claim-tokens.js";

/**
 * Analyze one article: sentences, entity mentions, then every kind of checkable claim.
 * Each finder is independent and reads only the text, the sentences and the entity mentions.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const text = article.text;
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences);
  const input = { text, sentences, entities, published: article.published };
  try {
    const claims: Claim[] = [
      ...frameClaims(input, findQuantityClaims(input), datePhrasesOf(input)),
      ...findDateClaims(input),
      ...findPlaceClaims(input),
      ...findRoleClaims(input),
      ...findQuoteClaims(input),
      ...findNamedFacts(input),
      ...findAnnouncers(input),
    ];
    return { article, sentences, entities, claims, containment: findPlaceContainment(input) };
  } finally {
    LastArticleCache.releaseAll();
  }
}

export { splitSentences } from "./sentences.js";
export { withBorrowedReference } from "./dates/borrowed-reference.js";
export { entityKey, sameEntity } from "./entities/key.js";
export { foldNameToken } from "./entities/fold.js";
export { bracketDefinitions } from "./entities/definitions.js";
export { opensWithQuality } from "./frames/measures/index.js";
export { bracketedOtherNames } from "./entities/other-names.js";
