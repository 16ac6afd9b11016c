import type { StorySummary } from "../store/index.js";

export interface ListedStory {
  id: string;
  summary: StorySummary;
}

/**
 * Stories whose headline, report titles, outlets or ids hold every word of the query, newest
 * first. Case and accents are ignored, so "sao paulo" finds "São Paulo".
 */
export function searchStories(stories: ListedStory[], query: string): ListedStory[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = words.length === 0 ? [...stories] : stories.filter((story) => {
    const haystack = fold(searchableText(story));
    return words.every((word) => haystack.includes(word));
  });
  return found.sort(newestFirst);
}

function searchableText({ id, summary }: ListedStory): string {
  const articles = summary.articles.map((a) => `${a.title} ${a.outlet ?? ""} ${a.id}`);
  return [id, summary.headline, ...articles].join(" ");
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Latest report first; undated stories after dated ones; then the larger story. */
function newestFirst(a: ListedStory, b: ListedStory): number {
  const dateA = a.summary.lastPublished ?? "";
  const dateB = b.summary.lastPublished ?? "";
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return b.summary.reports - a.summary.reports || a.id.localeCompare(b.id);
}
