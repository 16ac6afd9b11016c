import type { Store, StoryCursor, StoryQuery, StorySummary } from "../../store/index.js";
import { skipUserError, withSummaries, type Summarise } from "../../pipeline.js";
import { publicSource, reportName } from "../../report/source-name.js";

export interface ListedStory {
  id: string;
  summary: StorySummary;
}

export interface ListedPage {
  stories: ListedStory[];
  /** Stories matching the filters, on every page. */
  total: number;
  next: StoryCursor | null;
}

/** Summaries made at once before a disputed-only page: more than this waiting means a writer is far ahead. */
const MAX_SUMMARIES_BEFORE_FILTER = 200;

/**
 * One page of the story list from the store's index (full-text search included), each story
 * with its summary, sources made public: a story's summary is made now when a writer left none.
 * Filtering on disputes reads saved summaries, so the missing ones are made first.
 */
export async function findStories(store: Store, query: StoryQuery, summarise: Summarise): Promise<ListedPage> {
  if (query.disputedOnly) {
    const missing = await store.storiesWithoutSummary(MAX_SUMMARIES_BEFORE_FILTER);
    await Promise.all(missing.map((id) => summarise(id).catch(skipUserError)));
  }
  const page = await store.storyPage(query);
  const stories = await withSummaries(store, page.stories, summarise);
  return { stories: stories.map(({ id, summary }) => ({ id, summary: publicSummary(summary) })), total: page.total, next: page.next };
}

/** A summary as anyone may see it: every report named, no local path. */
export function publicSummary(summary: StorySummary): StorySummary {
  return {
    ...summary,
    articles: summary.articles.map((a) => ({ ...a, source: publicSource(a.source), name: a.name ?? reportName({ outlet: a.outlet, source: a.source, canonicalUrl: a.url ?? null }) })),
  };
}
