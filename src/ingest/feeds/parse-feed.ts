import { parseFeed, type AnyFeed, type AtomFeed, type JsonFeed, type RdfFeed, type RssFeed } from "feedsmith";
import { CorroborateError } from "../../errors.js";
import { authorNames, httpUrl, isoDate } from "../metadata.js";

/** One entry of a feed, in the same shape whatever the feed's format. */
export interface FeedEntry {
  /** The article's address, absolute. */
  link?: string;
  /** The entry's own id (guid, Atom id, JSON Feed id), for naming entries without a link. */
  id?: string;
  title?: string;
  /** ISO date. */
  published?: string;
  authors: string[];
  /** The entry's full content or its summary, and whether that is HTML. */
  content?: { value: string; html: boolean };
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title?: string;
  entries: FeedEntry[];
}


/**
 * Read an RSS 2.0, Atom, RDF or JSON Feed document. `base` resolves relative links (the feed's
 * own URL, when it was fetched). Throws E_BAD_ARGUMENT when the text is not a feed.
 */
export function readFeed(text: string, name: string, base?: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text.trimStart().startsWith("{") ? JSON.parse(text) : text);
  } catch (error) {
    throw new CorroborateError("E_BAD_ARGUMENT", "ingest", `${name}: not a readable RSS, Atom, RDF or JSON feed (${(error as Error).message})`, name);
  }
  switch (parsed.format) {
    case "rss":
      return { format: "rss", title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rssEntry(item, base ?? parsed.feed.link)) };
    case "rdf":
      return { format: "rdf", title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rdfEntry(item, base ?? parsed.feed.link)) };
    case "atom":
      return { format: "atom", title: parsed.feed.title?.value, entries: (parsed.feed.entries ?? []).map((entry) => atomEntry(entry, base)) };
    case "json":
      return { format: "json", title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => jsonEntry(item, base ?? parsed.feed.home_page_url)) };
  }
}

function rssEntry(item: RssFeed.Item<string>, base?: string): FeedEntry {
  const guid = item.guid?.value;
  return {
    link: httpUrl(item.link, base) ?? (item.guid?.isPermaLink !== false ? httpUrl(guid, base) : undefined),
    id: guid,
    title: item.title,
    published: isoDate(item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created),
    authors: authorNames([...(item.authors ?? []).map((a) => a.name ?? a.email), ...(item.dc?.creators ?? [])]),
    content: htmlContent(item.content?.encoded ?? item.description),
  };
}

function rdfEntry(item: RdfFeed.Item<string>, base?: string): FeedEntry {
  return {
    link: httpUrl(item.link, base),
    id: item.rdf?.about,
    title: item.title,
    published: isoDate(item.dc?.dates?.[0] ?? item.dcterms?.created),
    authors: authorNames(item.dc?.creators ?? []),
    content: htmlContent(item.content?.encoded ?? item.description),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, base?: string): FeedEntry {
  const alternate = entry.links?.find((link) => !link.rel || link.rel === "alternate") ?? entry.links?.[0];
  const body = entry.content?.value ? entry.content : entry.summary;
  return {
    link: httpUrl(alternate?.href, base),
    id: entry.id,
    title: entry.title?.value,
    published: isoDate(entry.published ?? entry.updated),
    authors: authorNames((entry.authors ?? []).map((a) => a.name)),
    content: body?.value ? { value: body.value, html: /html/i.test(body.type ?? "") || /<[a-z][^<>]*>/i.test(body.value) } : undefined,
  };
}

function jsonEntry(item: JsonFeed.Item<string>, base?: string): FeedEntry {
  const text = item.content_text ?? item.summary;
  return {
    link: httpUrl(item.url ?? item.external_url, base),
    id: item.id,
    title: item.title,
    published: isoDate(item.date_published),
    authors: authorNames((item.authors ?? []).map((a) => a.name)),
    content: item.content_html ? { value: item.content_html, html: true } : text ? { value: text, html: false } : undefined,
  };
}

function htmlContent(value: string | undefined): FeedEntry["content"] {
  return value?.trim() ? { value, html: true } : undefined;
}
