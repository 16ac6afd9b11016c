import type { Article } from "../types.js";

/**
 * How a report's source is shown, the same in the brief, the API and the pages: by the outlet
 * that published it; failing that, the site of its URL; failing that, its file's name without
 * folders or extension. A local path never leaves the machine that read the file.
 */

type Named = Pick<Article, "outlet" | "source"> & { canonicalUrl?: string | null };

const WEB_ADDRESS = /^https?:\/\//i;
/** Extensions of the files reports come in, also gzipped ("page.html.gz"). */
const REPORT_EXTENSION = /\.(?:html?|xhtml|txt|text|md|json|jsonl|ndjson|xml)(?:\.gz)?$/i;

/** The report's original page: its canonical URL, or the URL it was fetched from. */
export function reportUrl(article: Named): string | null {
  if (article.canonicalUrl && WEB_ADDRESS.test(article.canonicalUrl)) return article.canonicalUrl;
  return WEB_ADDRESS.test(article.source) ? article.source : null;
}

/** The name a reader knows the report's source by: outlet, else the URL's site, else the file's base name. */
export function reportName(article: Named): string {
  if (article.outlet) return article.outlet;
  const url = reportUrl(article);
  return url ? siteOf(url) : fileName(article.source);
}

/** A source as it may be shown to anyone: a URL as it is, a file by its name alone. */
export function publicSource(source: string): string {
  return WEB_ADDRESS.test(source) || source === "stdin" ? source : lastSegment(source);
}

/** An article with its source made public (publicSource), for what a server sends. */
export function withPublicSource<T extends { source: string }>(article: T): T {
  const source = publicSource(article.source);
  return source === article.source ? article : { ...article, source };
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, "");
  } catch {
    return url;
  }
}

/** "/data/run/001_report.html.gz" → "001_report"; "C:\\news\\a.txt" → "a". */
function fileName(source: string): string {
  const name = lastSegment(source).replace(REPORT_EXTENSION, "");
  return name || lastSegment(source);
}

/** The part after the last slash or backslash: a path from Windows is as private as one from here. */
function lastSegment(source: string): string {
  return source.slice(Math.max(source.lastIndexOf("/"), source.lastIndexOf("\\")) + 1);
}
