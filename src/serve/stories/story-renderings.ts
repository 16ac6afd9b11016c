import type { AlignedStory } from "../../types.js";
import { renderMarkdown, storyToJson, toJsonReport } from "../../report/index.js";
import { publicStory } from "./public-story.js";
import { renderStoryPage, httpUrl, fileName } from "../ui/index.js";

/**
 * Every way the server shows one story, by name, each from the story as anyone may see it
 * (public-story.ts): the page, the API's JSON, and the two downloads as `check --format` writes
 * them. Named so that a worker thread can be asked for one (workers/render-task.ts).
 */
const RENDERINGS: Readonly<Record<string, (aligned: AlignedStory) => string>> = {
  html: renderStoryPage,
  json: (aligned) => JSON.stringify(storyToJson(aligned)),
  "export:md": (aligned) => renderMarkdown({ stories: [aligned], failures: [] }),
  "export:json": (aligned) => `${JSON.stringify(toJsonReport({ stories: [withoutPaths(aligned)], failures: [] }), null, 2)}\n`,
};

export type RenderingName = "html" | "json" | "export:md" | "export:json";

export function renderStory(name: string, aligned: AlignedStory): string {
  if (!Object.hasOwn(RENDERINGS, name)) throw new Error(`no story rendering named ${name}`);
  return RENDERINGS[name]!(publicStory(aligned));
}

/** The story with each report's source as its web address, or its file's name without the folders: paths stay on the server. */
function withoutPaths(aligned: AlignedStory): AlignedStory {
  const articles = aligned.story.articles.map((analyzed) => {
    const { source } = analyzed.article;
    const shown = httpUrl(source) ?? fileName(source);
    return { ...analyzed, article: { ...analyzed.article, source: shown } };
  });
  return { ...aligned, story: { ...aligned.story, articles } };
}
