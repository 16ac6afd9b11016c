import type { AlignedStory } from "../types.js";
import type { StorySummary } from "../store/store.js";
import { clip } from "./style.js";
import { reportName, reportUrl } from "./source-name.js";

/** What `stories` shows of a story: dates, counts, and its reports. */
export function summariseStory(aligned: AlignedStory): StorySummary {
  const { story } = aligned;
  const dates = story.articles.map((a) => a.article.published).filter((d): d is string => !!d).sort();
  const copies = story.reprintGroups.reduce((n, group) => n + group.length - 1, 0);
  return {
    headline: story.headline,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
    reports: story.articles.length,
    independentOutlets: story.articles.length - copies,
    disputed: aligned.conflicts.length,
    articles: story.articles.map(({ article }) => ({
      id: article.id,
      source: article.source,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      publishedAt: article.publishedAt ?? null,
      url: reportUrl(article),
      name: reportName(article),
    })),
  };
}

/** `stories --format json`: { stories: [ { id, headline, articles: [...], ... } ] }. */
export function storiesToJson(stories: { id: string; summary: StorySummary }[]): object {
  return { stories: stories.map(({ id, summary }) => ({ id, ...summary })) };
}

/** One line per story: id, dates, counts, headline. */
export function renderStoryList(stories: { id: string; summary: StorySummary }[]): string {
  if (stories.length === 0) return "No stories stored yet.\n";
  const header = "id            first       last        reports  independent  disputed  headline";
  const rows = stories.map(({ id, summary: s }) =>
    [
      id.padEnd(12),
      (s.firstPublished ?? "undated").padEnd(10),
      (s.lastPublished ?? "undated").padEnd(10),
      String(s.reports).padStart(7),
      String(s.independentOutlets).padStart(11),
      String(s.disputed).padStart(8),
      clip(s.headline, 80),
    ].join("  "),
  );
  return [header, ...rows].join("\n") + "\n";
}
