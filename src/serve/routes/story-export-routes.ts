import { Hono, type Context, type Next } from "hono";
import type { ServeContext } from "../context.js";
import { type RenderingName, storyResponse } from "../stories/index.js";

/** The export formats a story page links to (ui/urls.ts storyExportPath): each a rendering (story-renderings.ts) and its type. */
const FORMATS: Readonly<Record<string, { type: string; rendering: RenderingName }>> = {
  md: { type: "text/markdown; charset=utf-8", rendering: "export:md" },
  json: { type: "application/json; charset=utf-8", rendering: "export:json" },
};

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
    return storyResponse(c, context, id, entry, format.rendering, { "Content-Type": format.type, "Content-Disposition": `attachment; filename="${id}.${extension}"` });
  });
  return routes;
}
