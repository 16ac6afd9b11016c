import type { AlignedStory, Article } from "../types.js";

/** A report of the story by id (every SourceSummary and Evidence names one of its reports). */
export function articleOf(aligned: AlignedStory, id: string): Article {
  return aligned.story.articles.find((a) => a.article.id === id)!.article;
}

/** The outlets and agencies a report credits (align/sources/independence.ts), as its source line lists them. */
export function reportCredits(aligned: AlignedStory, id: string): string[] {
  return aligned.sources.find((s) => s.article === id)?.credits ?? [];
}
