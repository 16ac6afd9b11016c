import type { AlignedStory, AnalyzedArticle, Article, Sentence } from "../types.js";
import { CorroborateError } from "../errors.js";

/**
 * A story's alignment as a story view keeps it (store.ts StoryView). The articles are left out:
 * the store holds them already, and they are most of a story's size. So is each sentence's text
 * where it is the article's text at the sentence's span (always, as analysis makes them).
 */
type KeptSentence = Omit<Sentence, "text"> & { text?: string };
type KeptArticle = Omit<AnalyzedArticle, "article" | "sentences"> & { sentences: KeptSentence[] };
type KeptStory = Omit<AlignedStory, "story"> & { story: Omit<AlignedStory["story"], "articles"> & { articles: KeptArticle[] } };

export function encodeAligned(aligned: AlignedStory): { reports: string[]; aligned: string } {
  const articles = aligned.story.articles.map(({ article, sentences, ...rest }) => ({
    ...rest,
    sentences: sentences.map((s) => (article.text.slice(s.start, s.end) === s.text ? { index: s.index, start: s.start, end: s.end } : s)),
  }));
  const kept: KeptStory = { ...aligned, story: { ...aligned.story, articles } };
  return { reports: aligned.story.articles.map((a) => a.article.id), aligned: JSON.stringify(kept) };
}

/**
 * The alignment again, its articles joined back by id (`reports`, as encodeAligned gave them).
 * A report missing from `articles` (moved to another story since) is an error: the view is stale.
 */
export function decodeAligned(encoded: { reports: string[]; aligned: string }, articles: readonly Article[]): AlignedStory {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const kept = JSON.parse(encoded.aligned) as KeptStory;
  const analyzed = kept.story.articles.map(({ sentences, ...rest }, i): AnalyzedArticle => {
    const article = byId.get(encoded.reports[i]!);
    if (!article) throw new CorroborateError("E_NOT_FOUND", "store", `report ${encoded.reports[i]} is no longer in story ${kept.story.id}`);
    return { ...rest, article, sentences: sentences.map((s) => ({ ...s, text: s.text ?? article.text.slice(s.start, s.end) })) };
  });
  return { ...kept, story: { ...kept.story, articles: analyzed } };
}

/** Whether every report a view was aligned from is among `articles` (a split may have moved some away). */
export function viewCovers(reports: readonly string[], articles: readonly Article[]): boolean {
  const ids = new Set(articles.map((a) => a.id));
  return reports.every((id) => ids.has(id));
}
