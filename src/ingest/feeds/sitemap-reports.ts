import { isCorroborateError } from "../../errors.js";
import type { InputItem } from "../input-item.js";
import type { PoliteFetcher } from "../fetch/polite-fetcher.js";
import { readSitemap, type ParsedSitemap } from "./parse-sitemap.js";
import { unpackIfGzip } from "../unpack.js";

/** A sitemap index lists sitemaps, which list pages; deeper nesting is not in the protocol. */
const MAX_DEPTH = 2;

/**
 * One report per page a sitemap lists, each fetched politely (a sitemap holds no text), with the
 * title, publication date and outlet of a Google News sitemap as metadata. The sitemaps a
 * sitemap index lists are fetched and read in turn.
 */
export interface SitemapReading {
  fetcher: PoliteFetcher;
  maxBytes: number;
  /** Pages already had: passed over unfetched. */
  seen?: (source: string) => boolean;
}

export async function* sitemapReports(name: string, sitemap: ParsedSitemap, reading: SitemapReading, depth = 1): AsyncGenerator<InputItem> {
  const { fetcher, maxBytes } = reading;
  if (sitemap.kind === "index") {
    for (const child of sitemap.sitemaps) {
      if (depth >= MAX_DEPTH) {
        yield { failure: { source: child, message: `${child}: a sitemap index inside a sitemap index is not followed` } };
        continue;
      }
      const parsed = await fetchSitemap(child, fetcher, maxBytes);
      if ("failure" in parsed) yield parsed;
      else yield* sitemapReports(child, parsed.sitemap, reading, depth + 1);
    }
    return;
  }
  if (sitemap.pages.length === 0) yield { failure: { source: name, code: "E_NO_INPUT", message: `${name}: the sitemap lists no pages` } };
  for (const page of sitemap.pages) {
    if (reading.seen?.(page.url)) continue;
    try {
      const document = await fetcher.page(page.url);
      yield { document: page.metadata ? { ...document, metadata: page.metadata } : document };
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      yield { failure: { source: page.url, code: error.code, message: error.message } };
    }
  }
}

async function fetchSitemap(url: string, fetcher: PoliteFetcher, maxBytes: number): Promise<{ sitemap: ParsedSitemap } | Extract<InputItem, { failure: unknown }>> {
  try {
    const response = await fetcher.resource(url);
    const text = new TextDecoder().decode(unpackIfGzip(url, response.body, maxBytes));
    return { sitemap: readSitemap(text, url) };
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { failure: { source: url, code: error.code, message: error.message } };
  }
}
