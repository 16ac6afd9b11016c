import type { DomDocument } from "./dom-types.js";
import { findDate } from "./text-dates.js";

/**
 * Article metadata a page declares for machines: Open Graph and article:* meta tags, schema.org
 * JSON-LD, <time datetime>. Read before Readability runs, because Readability edits the DOM.
 */

export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  language: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
].join(", ");

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
}

export function readHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const ld = readJsonLd(doc);
  return {
    title: ld.headline ?? metaContent(doc, 'meta[property="og:title"], meta[name="twitter:title"]'),
    published: isoDate(metaContent(doc, PUBLISHED_META) ?? ld.datePublished ?? doc.querySelector("time[datetime]")?.getAttribute("datetime")),
    outlet: metaContent(doc, 'meta[property="og:site_name"]') ?? ld.publisher ?? metaContent(doc, 'meta[name="application-name"]'),
    byline: metaContent(doc, 'meta[name="author"]') ?? ld.author ?? null,
    language: doc.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || null,
  };
}

export function isoDate(value: string | null | undefined): string | null {
  return value ? findDate(value)?.iso ?? null : null;
}

function metaContent(doc: DomDocument, selector: string): string | null {
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    const content = element.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

/** The first Article-like object of any JSON-LD block (arrays and @graph included). Broken JSON is skipped. */
function readJsonLd(doc: DomDocument): JsonLdArticle {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const article = findArticleObject(data);
    if (article) return article;
  }
  return {};
}

function findArticleObject(data: unknown): JsonLdArticle | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleObject(item);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== "object") return null;
  const record = data as Record<string, unknown>;
  if (record["@graph"]) return findArticleObject(record["@graph"]);
  if (typeof record["datePublished"] !== "string" && typeof record["headline"] !== "string") return null;
  return {
    headline: stringOf(record["headline"]),
    datePublished: stringOf(record["datePublished"]),
    publisher: nameOf(record["publisher"]),
    author: nameOf(Array.isArray(record["author"]) ? record["author"][0] : record["author"]),
  };
}

const stringOf = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return stringOf(value);
  if (value && typeof value === "object") return stringOf((value as Record<string, unknown>)["name"]);
  return undefined;
}
