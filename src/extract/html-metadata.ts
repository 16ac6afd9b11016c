import { authorsFromByline } from "./authors.js";
import { classWords } from "./html-chrome.js";
import { readJsonLd, type JsonLdArticle } from "./html-jsonld.js";
import { chooseTitle, cleanTitleText } from "./html-title.js";
import { elements, textOf, type HtmlElement, type HtmlTree } from "./html-tree.js";
import { findDate, isDateOnlyLine } from "./text-dates.js";
import { dateFromUrl } from "./url-date.js";
import { isoDateTime } from "./date-time.js";

/**
 * Article metadata from a page's markup, each field from the most trusted source that has it:
 *   1. schema.org JSON-LD;
 *   2. Open Graph, article:*, Dublin Core and other <meta> tags;
 *   3. <time datetime> elements;
 *   4. bylines in the page (links to author pages, rel=author, itemprop=author, byline/author classes);
 *   5. the URL (canonical or og:url) for the date.
 * The text itself (date lines, "By" lines) is read later by the line cleaner, last in trust.
 */

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  /** The publish date with its time of day, when the markup gives one (date-time.ts). */
  publishedAt: string | null;
  modified: string | null;
  outlet: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

/** Meta tag keys (name, property or itemprop, lower case), most trusted first. */
const META_KEYS = {
  title: ["og:title", "twitter:title", "dc.title", "headline"],
  published: [
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_on", "published_at", "published_time", "publication_date", "date_published",
    "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date",
    "parsely-pub-date", "article.published", "citation_publication_date", "citation_date",
  ],
  modified: ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"],
  outlet: ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"],
  author: ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author"],
  language: ["og:locale", "content-language", "dc.language", "language"],
  url: ["og:url", "twitter:url"],
} as const;

/** Class and id words of byline elements. */
const BYLINE_WORDS: ReadonlySet<string> = new Set(["byline", "author", "authors", "writer", "creator"]);
/** Links to an author's page: "/author/jane-doe", "/authors/jdoe/", "/writers/…", "/contributors/…". */
const AUTHOR_PAGE = /\/(?:author|authors|writer|writers|contributor|contributors|byline)\/[^/?#]+/i;
/** A declared author longer than this is a bio or a list, not a name. */
const DECLARED_NAME_MAX_CHARS = 60;
/** A page's author links name its authors first; later ones are sidebars and related posts. */
const MAX_AUTHOR_LINKS = 6;
/** Levels up from an author link to the box that holds a byline's links. */
const AUTHOR_BOX_LEVELS = 3;
/** <h1> elements read for the title (logos and widget titles are <h1>s on some sites). */
const MAX_H1S = 10;
/** A byline element's text is a few names; longer text is a bio or a list of stories. */
const BYLINE_MAX_CHARS = 120;

export function readHtmlMetadata(tree: HtmlTree): HtmlMetadata {
  const page = scanPage(tree.root);
  const ld: JsonLdArticle | null = readJsonLd(tree.jsonLd);
  const meta = (keys: readonly string[]): string | null => keys.map((key) => page.meta.get(key)).find(Boolean) ?? null;
  const canonicalUrl = page.canonical ?? meta(META_KEYS.url) ?? ld?.url ?? null;
  const metaAuthors = meta(META_KEYS.author);
  return {
    title: chooseTitle({ declared: ld?.headline ?? meta(META_KEYS.title), h1s: page.h1s, documentTitle: tree.title || null }),
    authors: firstNonEmpty(
      declaredNames(ld?.authors ?? []),
      declaredNames(metaAuthors ? [metaAuthors] : []),
      uniqueNames(page.authorLinks.flatMap(authorsFromByline)),
      ...page.bylines.map(authorsFromByline),
      declaredNames(ld?.authorOrganizations ?? []),
    ),
    published: choosePublished(page, {
      published: isoDate(ld?.datePublished) ?? isoDate(meta(META_KEYS.published)) ?? page.itemDate ?? page.time ?? dateFromUrl(canonicalUrl),
      modified: isoDate(ld?.dateModified) ?? isoDate(meta(META_KEYS.modified)),
    }),
    publishedAt: isoDateTime(ld?.datePublished) ?? isoDateTime(meta(META_KEYS.published)) ?? page.timeAt,
    modified: isoDate(ld?.dateModified) ?? isoDate(meta(META_KEYS.modified)),
    outlet: ld?.publisher ?? cleanOutlet(meta(META_KEYS.outlet)),
    language: languageCode(page.lang ?? ld?.language ?? meta(META_KEYS.language)),
    canonicalUrl,
  };
}

export function isoDate(value: string | null | undefined): string | null {
  return value ? findDate(value)?.iso ?? null : null;
}

interface PageScan {
  meta: Map<string, string>;
  canonical: string | null;
  lang: string | null;
  h1s: string[];
  time: string | null;
  /** The first <time datetime> that gives a time of day. */
  timeAt: string | null;
  /** itemprop="datePublished" on a visible element (its content, datetime or text). */
  itemDate: string | null;
  /** The first date shown in a date or byline element: what the reader sees. */
  shownDate: string | null;
  /** Elements read for a shown date so far: bounded, as each read takes the element's text. */
  dateTries: number;
  bylines: string[];
  /** Texts of links to author pages ("/author/jane-doe"), one per author. */
  authorLinks: string[];
  /** The element around the first author link: co-authors' links sit in it, related posts' do not. */
  authorBox: HtmlElement | null;
}

/** One pass over the elements, collecting what each source of metadata needs. */
function scanPage(root: HtmlElement): PageScan {
  const scan: PageScan = { meta: new Map(), canonical: null, lang: null, h1s: [], time: null, timeAt: null, itemDate: null, shownDate: null, dateTries: 0, bylines: [], authorLinks: [], authorBox: null };
  for (const element of elements(root)) {
    const attrs = element.attrs;
    if (element.tag === "meta") {
      const key = cleanTitleText(attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? attrs["http-equiv"])?.toLowerCase();
      const content = attrs["content"]?.trim();
      if (key && content && !scan.meta.has(key)) scan.meta.set(key, content);
    } else if (element.tag === "link" && /\bcanonical\b/i.test(attrs["rel"] ?? "")) {
      scan.canonical ??= attrs["href"] ?? null;
    } else if (element.tag === "html") {
      scan.lang ??= attrs["lang"] ?? attrs["xml:lang"] ?? null;
    } else if (element.tag === "h1") {
      if (scan.h1s.length < MAX_H1S) scan.h1s.push(textOf(element));
    } else if (element.tag === "time") {
      scan.time ??= isoDate(attrs["datetime"] ?? (attrs["pubdate"] !== undefined ? textOf(element) : null));
      scan.timeAt ??= isoDateTime(attrs["datetime"]);
    }
    if (attrs["itemprop"] === "datePublished" && element.tag !== "meta") {
      scan.itemDate ??= isoDate(attrs["content"] ?? attrs["datetime"] ?? textOf(element));
    }
    if (!scan.shownDate && scan.dateTries < MAX_DATE_TRIES && (isDateElement(element) || (scan.h1s.length > 0 && isLeafBlock(element)))) {
      scan.dateTries++;
      scan.shownDate = shownDate(element);
    }
    if (element.tag === "a" && scan.authorLinks.length < MAX_AUTHOR_LINKS && AUTHOR_PAGE.test(attrs["href"] ?? "")) {
      const box = ancestor(element, AUTHOR_BOX_LEVELS);
      scan.authorBox ??= box;
      if (box === scan.authorBox) scan.authorLinks.push(textOf(element).replace(/\s+/g, " ").trim());
    }
    if (scan.bylines.length < 3 && isBylineElement(element)) {
      const text = textOf(element).replace(/\s+/g, " ").trim();
      if (text && text.length <= BYLINE_MAX_CHARS) scan.bylines.push(text);
    }
  }
  return scan;
}

/**
 * The date a page declares, unless the page shows the reader its update date instead ("Updated
 * August 19, 2025" under the headline, with that date as dateModified): the shown one is the
 * date the page stands by. With nothing declared, the shown date.
 */
function choosePublished(page: PageScan, declared: { published: string | null; modified: string | null }): string | null {
  if (page.shownDate && page.shownDate === declared.modified) return page.shownDate;
  return declared.published ?? page.shownDate;
}

/** Class and id words of elements that show a post's date ("post-date", "entrydate", "blog_dt", "byline"). */
const DATE_WORD = /date|time|publish|updated|posted|^dt$|^byline$|^meta$|^info$/;
/** The shown date sits near the headline: after this many candidate elements, stop looking. */
const MAX_DATE_TRIES = 200;
/** A date element holds a date and a label or a name, not a paragraph. */
const DATE_ELEMENT_MAX_CHARS = 100;

function isDateElement(element: HtmlElement): boolean {
  if (element.tag === "time") return true;
  const value = `${element.attrs["class"] ?? ""} ${element.attrs["id"] ?? ""}`;
  return value.length > 1 && classWords(value).some((word) => DATE_WORD.test(word));
}

/**
 * The date an element shows: any date in a date element's short text, or in a plain element below
 * the headline whose whole text is a date ("December 15, 2025" in a bare <p>).
 */
function shownDate(element: HtmlElement): string | null {
  const text = textOf(element).replace(/\s+/g, " ").trim();
  if (text.length > DATE_ELEMENT_MAX_CHARS) return null;
  if (!isDateElement(element)) return isDateOnlyLine(text) ? isoDate(text) : null;
  return isoDate(text) ?? (element.tag === "time" && text ? isoDate(element.attrs["datetime"]) : null);
}

/** Elements that hold text only: where a bare date under a headline sits. */
function isLeafBlock(element: HtmlElement): boolean {
  return element.children.length > 0 && element.children.every((child) => typeof child === "string");
}

function isBylineElement(element: HtmlElement): boolean {
  const attrs = element.attrs;
  if (attrs["rel"] === "author" || attrs["itemprop"] === "author") return true;
  const value = `${attrs["class"] ?? ""} ${attrs["id"] ?? ""}`;
  return value.length > 1 && classWords(value).some((word) => BYLINE_WORDS.has(word));
}

/**
 * Names a page declares (JSON-LD, meta author): read as a byline ("By Jane Doe, Staff Writer" →
 * "Jane Doe"); a declared name that is not shaped like a person's ("Investopedia Team", a
 * one-word pen name) is still the page's own credit and is kept as written.
 */
function declaredNames(values: readonly string[]): string[] {
  const names = values.flatMap((value) => {
    const text = cleanTitleText(value);
    if (!text) return [];
    const people = authorsFromByline(text);
    return people.length > 0 ? people : text.length <= DECLARED_NAME_MAX_CHARS && !/https?:/i.test(text) ? [text] : [];
  });
  return uniqueNames(names);
}

function ancestor(element: HtmlElement, levels: number): HtmlElement {
  let current = element;
  for (let i = 0; i < levels && current.parent; i++) current = current.parent;
  return current;
}

function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((list) => list.length > 0) ?? [];
}

/** "@valleyherald" (twitter:site) is a handle, not a name. */
function cleanOutlet(value: string | null): string | null {
  if (!value) return null;
  return value.startsWith("@") ? null : value;
}

/** "en-GB", "en_US", "fr" → "en", "en", "fr". */
function languageCode(value: string | null | undefined): string | null {
  const code = value?.trim().slice(0, 2).toLowerCase();
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}
