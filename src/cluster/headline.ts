import type { AnalyzedArticle } from "../types.js";

const WORD = /\p{L}{3,}/gu;

/** The title that shares the most words with the other titles: the most typical one. */
export function pickHeadline(members: AnalyzedArticle[]): string {
  const titles = members.map((m) => m.article.title).filter((t) => t.trim().length > 0);
  if (titles.length === 0) return "(untitled story)";
  const words = titles.map((t) => new Set((t.toLowerCase().match(WORD) ?? [])));
  let best = 0;
  let bestScore = -1;
  titles.forEach((_, i) => {
    let score = 0;
    words.forEach((other, j) => {
      if (i !== j) for (const w of words[i]!) if (other.has(w)) score++;
    });
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best]!;
}
