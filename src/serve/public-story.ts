import type { AlignedStory } from "../types.js";
import { withPublicSource } from "../report/source-name.js";

/**
 * A story as the server shows it: each report's source a URL or a file name, never the path it
 * was read from (report/source-name.ts). Applied where stories are aligned for the server, so no
 * page or API answer can carry a path.
 */
export function publicStory(aligned: AlignedStory | null): AlignedStory | null {
  if (!aligned) return null;
  const articles = aligned.story.articles.map((entry) => ({ ...entry, article: withPublicSource(entry.article) }));
  return { ...aligned, story: { ...aligned.story, articles } };
}
