import { XMLParser } from "fast-xml-parser";
import { CorroborateError } from "../../errors.js";
import type { ReportMetadata } from "../../types.js";
import { cleanString, compactMetadata, httpUrl, isoDate } from "../metadata.js";

/** A page a sitemap lists, with what a Google News sitemap says about it. */
export interface SitemapPage {
  url: string;
  metadata?: ReportMetadata;
}

/** A sitemap lists pages; a sitemap index lists further sitemaps. */
export type ParsedSitemap = { kind: "pages"; pages: SitemapPage[] } | { kind: "index"; sitemaps: string[] };

const parser = new XMLParser({
  // Sitemap namespaces come under any prefix ("news:", "n:"); the local names are what count.
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === "url" || name === "sitemap",
  processEntities: true,
});

/** Read a sitemap or sitemap index (sitemaps.org 0.9, with the Google News extension). */
export function readSitemap(text: string, name: string): ParsedSitemap {
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new CorroborateError("E_BAD_ARGUMENT", "ingest", `${name}: not a readable sitemap (${(error as Error).message.split("\n")[0]})`, name);
  }
  const index = document.sitemapindex as { sitemap?: { loc?: unknown }[] } | undefined;
  if (index) return { kind: "index", sitemaps: (index.sitemap ?? []).flatMap((entry) => httpUrl(entry.loc) ?? []) };
  const urlset = document.urlset as { url?: Record<string, unknown>[] } | undefined;
  if (!urlset) throw new CorroborateError("E_BAD_ARGUMENT", "ingest", `${name}: not a sitemap (no <urlset> or <sitemapindex>)`, name);
  return { kind: "pages", pages: (urlset.url ?? []).flatMap((entry) => sitemapPage(entry) ?? []) };
}

function sitemapPage(entry: Record<string, unknown>): SitemapPage | null {
  const url = httpUrl(entry.loc);
  if (!url) return null;
  const news = entry.news as { title?: unknown; publication_date?: unknown; publication?: { name?: unknown } } | undefined;
  const metadata = news && compactMetadata({ url, title: cleanString(news.title), published: isoDate(news.publication_date), outlet: cleanString(news.publication?.name) });
  return metadata ? { url, metadata } : { url };
}
