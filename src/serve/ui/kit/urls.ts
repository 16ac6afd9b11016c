/** The addresses the pages link to, in one place so that ids are always encoded the same way. */

export const HOME_PATH = "/";
export const ADD_PATH = "/add";
export const API_DOCS_PATH = "/api/openapi.json";

export function storyPath(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** Element id of a report on the story page. */
export function reportAnchor(articleId: string): string {
  return `r-${articleId}`;
}

/** Element id of one sentence of a report, the target of every evidence link. */
export function sentenceAnchor(articleId: string, sentenceIndex: number): string {
  return `r-${articleId}-s${sentenceIndex}`;
}

/** A fragment link to an element id; the browser decodes it before matching the id. */
export function fragment(anchor: string): string {
  return `#${encodeURIComponent(anchor)}`;
}

/** The address when it is an http(s) URL, the only kind a page may link to; otherwise null. */
export function httpUrl(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A story in an export format: the brief as Markdown, or the JSON contract's story. */
export function storyExportPath(storyId: string, format: "md" | "json"): string {
  return `${storyPath(storyId)}.${format}`;
}
