import type { AlignedStory } from "../../types.js";
import { withPublicSource } from "../../report/source-name.js";

/**
 * A story as the server shows it: each report's source a URL or a file name, never the path it
 * was read from (report/source-name.ts). Every rendering the server makes starts from it
 * (story-renderings.ts), so no page or API answer can carry a path.
 */
export function publicStory(aligned: AlignedStory): AlignedStory {
  const articles = aligned.story.articles.map((entry) => ({ ...entry, article: withPublicSource(entry.article) }));
  return { ...aligned, story: { ...aligned.story, articles } };
}
