import { Hono, type Context, type Next } from "hono";
import { renderMarkdown, toJsonReport } from "../report/index.js";
import type { AlignedStory } from "../types.js";
import type { ServeContext } from "./context.js";
import { httpUrl } from "./ui/urls.js";
import { fileName } from "./ui/report-name.js";

/** The export formats a story page links to (ui/urls.ts storyExportPath), each as `check --format` writes it. */
const FORMATS: Readonly<Record<string, { type: string; render: (aligned: AlignedStory) => string }>> = {
  md: { type: "text/markdown; charset=utf-8", render: (aligned) => renderMarkdown({ stories: [aligned], failures: [] }) },
  json: { type: "application/json; charset=utf-8", render: (aligned) => `${JSON.stringify(toJsonReport({ stories: [withoutPaths(aligned)], failures: [] }), null, 2)}\n` },
};

/** The story with each report's source as its web address, or its file's name without the folders: paths stay on the server. */
function withoutPaths(aligned: AlignedStory): AlignedStory {
  const articles = aligned.story.articles.map((analyzed) => {
    const { source } = analyzed.article;
    const shown = httpUrl(source) ?? fileName(source);
    return { ...analyzed, article: { ...analyzed.article, source: shown } };
  });
  return { ...aligned, story: { ...aligned.story, articles } };
}

/**
 * `/stories/:id.md` and `/stories/:id.json`: one story's brief as Markdown, or in the JSON
 * contract, as a download. Any other `/stories/:id` passes on to the story page.
 */
export function storyExportRoutes(context: ServeContext): Hono {
  const routes = new Hono();
  routes.get("/stories/:file", async (c: Context, next: Next) => {
    const file = c.req.param("file") ?? "";
    const dot = file.lastIndexOf(".");
    const extension = file.slice(dot + 1);
    const format = dot > 0 && Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
    if (!format) return next();
    const id = file.slice(0, dot);
    const entry = await context.stories.get(id);
    if (!entry) return next();
    const body = context.stories.render(entry, `export:${extension}`, format.render);
    return c.body(body, 200, { "Content-Type": format.type, "Content-Disposition": `attachment; filename="${id}.${extension}"` });
  });
  return routes;
}
