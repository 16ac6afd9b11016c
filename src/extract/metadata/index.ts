import { authorsFromByline, isLabelCredit } from "./authors.js";
import { ShownBylines } from "./bylines.js";
import { ShownDates, type ShownDate } from "./shown-date.js";
import { readJsonLd, type JsonLdArticle } from "./jsonld.js";
import { chooseTitle, cleanTitleText } from "./title.js";
import { BLOCK_TAGS } from "../html/blocks.js";
import { elements, shortTextOf, spacedTextOf, textOf, type HtmlElement, type HtmlTree } from "../html/tree.js";
import { findDate } from "./text-dates.js";
import { dateFromUrl } from "./url-date.js";
import { isoDateTime } from "./date-time.js";
import { append } from "../../group.js";

/**
 * Article metadata from a page's markup, each field from the most trusted source that has it:
 *   1. schema.org JSON-LD;
 *   2. Open Graph, article:*, Dublin Core and other <meta> tags;
 *   3. microdata (itemprop=datePublished) and <time datetime> elements;
 *   4. what the page shows its reader: the date beside the headline (shown-date.ts; it also
 *      overrides a declared date it contradicts), bylines (links to author pages, rel=author,
 *      itemprop=author, byline/author classes, elements opening with "By");
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
  /** The writers the page declares (JSON-LD, meta author), for the text cleaner's bio rule. */
  writers: string[];
}

/** Meta tag keys (name, property or itemprop, lower case), most trusted first. */
const META_KEYS = {
  title: ["og:title", "twitter:title", "dc.title", "headline"],
  published: [
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published-date", "published_date", "published_on", "published_at", "published_time", "publication_date", "date_published",
    "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date",
    "parsely-pub-date", "article.published", "citation_publication_date", "citation_date",
  ],
  modified: ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"],
  outlet: ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"],
  author: ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "citation_authors"],
  language: ["og:locale", "content-language", "dc.language", "language"],
  url: ["og:url", "twitter:url"],
} as const;

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

export function readHtmlMetadata(tree: HtmlTree): HtmlMetadata {
  const page = scanPage(tree.root, "all");
  const ld: JsonLdArticle | null = readJsonLd(tree.jsonLd);
  const meta = metaReader(page);
  const { title, outlet, canonicalUrl } = readTitle(tree, page, ld);
  const metaAuthors = META_KEYS.author.map((key) => page.metaValues.get(key) ?? []).filter((values) => values.length > 0);
  const modified = isoDate(ld?.dateModified) ?? isoDate(meta(META_KEYS.modified));
  const declared = isoDate(ld?.datePublished) ?? isoDate(meta(META_KEYS.published)) ?? publishedByKeyName(page.meta) ?? page.itemDate ?? page.time;
  const headline = page.h1s.findIndex((h1) => cleanTitleText(h1) === title);
  const urlDate = dateFromUrl(canonicalUrl);
  return {
    title,
    authors: chooseAuthors(outlet, [
      declaredNames(ld?.authors ?? []),
      ...metaAuthors.map(declaredNames),
      declaredNames(labelledWriters(page.meta)),
      uniqueNames(page.authorLinks.flatMap(authorsFromByline)),
    ], [
      ...page.bylines.names(),
      declaredNames(ld?.authorOrganizations ?? []),
      ...page.bylines.credits(),
    ]),
    published: settleDayAndMonth(choosePublished(declared, modified, page.shown.nearest(headline)) ?? urlDate, page.shown, urlDate),
    publishedAt: isoDateTime(ld?.datePublished) ?? isoDateTime(meta(META_KEYS.published)) ?? page.timeAt,
    modified,
    outlet,
    language: languageCode(page.lang ?? ld?.language ?? meta(META_KEYS.language)),
    canonicalUrl,
    writers: declaredWriters(page, ld),
  };
}

/**
 * The title, the outlet and the declared writers alone, as readHtmlMetadata gives them: all the
 * line cleaner needs of the metadata to find the text (`extract` printing text). The page is scanned for its declared
 * sources only; the shown dates and bylines, about a quarter of extracting a page, are not read.
 */
export function readHtmlTitle(tree: HtmlTree): Pick<HtmlMetadata, "title" | "outlet" | "writers"> {
  const page = scanPage(tree.root, "declared");
  const ld = readJsonLd(tree.jsonLd);
  const { title, outlet } = readTitle(tree, page, ld);
  return { title, outlet, writers: declaredWriters(page, ld) };
}

/** The people the page declares as its writers (JSON-LD, then meta author tags), as declared. */
function declaredWriters(page: PageScan, ld: JsonLdArticle | null): string[] {
  const metaAuthors = META_KEYS.author.flatMap((key) => page.metaValues.get(key) ?? []);
  return uniqueNames([...declaredNames(ld?.authors ?? []), ...declaredNames(metaAuthors)]);
}

function readTitle(tree: HtmlTree, page: PageScan, ld: JsonLdArticle | null): Pick<HtmlMetadata, "title" | "outlet" | "canonicalUrl"> {
  const meta = metaReader(page);
  const canonicalUrl = page.canonical ?? meta(META_KEYS.url) ?? ld?.url ?? null;
  const siteNames = [ld?.publisher ?? null, meta(META_KEYS.outlet)];
  const declaredTitles = [ld?.headline ?? null, ...META_KEYS.title.flatMap((key) => page.metaValues.get(key) ?? [])].filter((t): t is string => !!t);
  const title = chooseTitle({ declared: declaredTitles[0] ?? null, otherDeclared: declaredTitles.slice(1), h1s: page.h1s, documentTitle: tree.title || null, siteNames, url: canonicalUrl });
  return { title, outlet: ld?.publisher ?? cleanOutlet(meta(META_KEYS.outlet)), canonicalUrl };
}

/** The first value of the first of these meta keys the page has. */
function metaReader(page: PageScan): (keys: readonly string[]) => string | null {
  return (keys) => keys.map((key) => page.meta.get(key)).find(Boolean) ?? null;
}

/**
 * The declared publication date, unless the page shows its reader another one beside the headline
 * (see shown-date.ts) that is not its update date either: then the markup is stale or wrong (a template's date, a
 * month and day swapped) and the shown date is the one the page stands by. A shown update date
 * (the declared modified date, or one labelled "Updated") does not replace the publication date:
 * the day a story first ran is the one asked for. Nor does one written "09.10.2024" when the
 * declared date is the other reading of it.
 */
function choosePublished(declared: string | null, modified: string | null, shown: ShownDate | null): string | null {
  if (!declared) return shown?.iso ?? null;
  if (!shown?.beside || shown.update || shown.iso === modified) return declared;
  return shown.ambiguous && swapMonthAndDay(shown.iso) === declared ? declared : shown.iso;
}

/**
 * A date written with numbers only reads two ways ("03/10/2023": 10 March in the US, 3 October
 * elsewhere), and a page's markup or byline may read it the wrong way. If the page writes the
 * other reading where it reads one way only (a date with the month's name, the URL's path) and
 * never the chosen one, the other reading is the date.
 */
function settleDayAndMonth(iso: string | null, shown: ShownDates, urlDate: string | null): string | null {
  if (!iso) return null;
  const other = swapMonthAndDay(iso);
  // Only calendar days are shown plainly or read from a URL: a swap that makes none (a day over 12) never matches one.
  const plain = (day: string) => day === urlDate || shown.showsPlainly(day);
  return plain(other) && !plain(iso) ? other : iso;
}

/** "2024-10-09" → "2024-09-10". */
function swapMonthAndDay(iso: string): string {
  return `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`;
}

/** A meta tag whose name speaks of publication ("w-published-date", "published") that holds a date. */
const PUBLISHED_KEY = /publish|posted|release/;
const NOT_PUBLISHED_KEY = /publisher|modif|updat/;

function publishedByKeyName(meta: ReadonlyMap<string, string>): string | null {
  for (const [key, value] of meta) {
    if (!PUBLISHED_KEY.test(key) || NOT_PUBLISHED_KEY.test(key)) continue;
    const iso = isoDate(value);
    if (iso) return iso;
  }
  return null;
}

export function isoDate(value: string | null | undefined): string | null {
  return value ? findDate(value)?.iso ?? null : null;
}

/** An absolute or root-relative address without spaces. */
const ADDRESS_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)\S*$/i;

interface PageScan {
  meta: Map<string, string>;
  /** Every value of each meta key, in order: academic pages give one citation_author tag per author. */
  metaValues: Map<string, string[]>;
  canonical: string | null;
  lang: string | null;
  h1s: string[];
  time: string | null;
  /** The first <time datetime> that gives a time of day. */
  timeAt: string | null;
  /** itemprop="datePublished" on a visible element (its content, datetime or text). */
  itemDate: string | null;
  /** Dates shown to the reader, for the one beside the headline. */
  shown: ShownDates;
  bylines: ShownBylines;
  /** Texts of links to author pages ("/author/jane-doe"), one per author. */
  authorLinks: string[];
  /** The element around the first author link: co-authors' links sit in it, related posts' do not. */
  authorBox: HtmlElement | null;
}

/**
 * One pass over the elements, collecting what each source of metadata needs: "declared" stops at
 * what the page declares (meta tags, canonical link, language) and its <h1>s, what the title needs.
 */
function scanPage(root: HtmlElement, sources: "all" | "declared"): PageScan {
  const all = sources === "all";
  const scan: PageScan = { meta: new Map(), metaValues: new Map(), canonical: null, lang: null, h1s: [], time: null, timeAt: null, itemDate: null, shown: new ShownDates(), bylines: new ShownBylines(), authorLinks: [], authorBox: null };
  for (const element of elements(root)) {
    const attrs = element.attrs;
    if (element.tag === "meta") {
      const key = cleanTitleText(attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? attrs["http-equiv"])?.toLowerCase();
      const content = attrs["content"]?.trim();
      if (key && content) {
        if (!scan.meta.has(key)) scan.meta.set(key, content);
        append(scan.metaValues, key, content);
      }
    } else if (element.tag === "link" && /\bcanonical\b/i.test(attrs["rel"] ?? "")) {
      const href = attrs["href"]?.trim();
      // Some templates write the headline where the address goes: only an address is one.
      if (href && ADDRESS_LIKE.test(href)) scan.canonical ??= href;
    } else if (element.tag === "html") {
      scan.lang ??= attrs["lang"] ?? attrs["xml:lang"] ?? null;
    } else if (element.tag === "h1") {
      const kept = scan.h1s.length < MAX_H1S;
      if (kept) scan.h1s.push(spacedTextOf(element, BLOCK_TAGS));
      if (all) scan.shown.visit(element, kept);
    } else if (all && element.tag === "time") {
      scan.time ??= isoDate(attrs["datetime"] ?? (attrs["pubdate"] !== undefined ? textOf(element) : null));
      scan.timeAt ??= isoDateTime(attrs["datetime"]);
    }
    if (!all) continue;
    if (attrs["itemprop"] === "datePublished" && element.tag !== "meta") {
      scan.itemDate ??= isoDate(attrs["content"] ?? attrs["datetime"] ?? textOf(element));
    }
    if (element.tag !== "h1") scan.shown.visit(element);
    if (element.tag === "a" && scan.authorLinks.length < MAX_AUTHOR_LINKS && AUTHOR_PAGE.test(attrs["href"] ?? "") && !creditsReviewer(element)) {
      const box = ancestor(element, AUTHOR_BOX_LEVELS);
      scan.authorBox ??= box;
      if (box === scan.authorBox) scan.authorLinks.push(textOf(element).replace(/\s+/g, " ").trim());
    }
    scan.bylines.visit(element);
  }
  return scan;
}

/**
 * Names a page declares (JSON-LD, meta author): read as a byline ("By Jane Doe, Staff Writer" →
 * "Jane Doe"); a declared name that is not shaped like a person's ("Investopedia Team", a
 * one-word pen name) is still the page's own credit and is kept as written.
 */
function declaredNames(values: readonly string[]): string[] {
  const names = values.flatMap((value) => {
    // A value quoted twice over ("\"Jane Doe\"") by a template that wrote JSON into JSON.
    const text = withoutQuotes(cleanTitleText(value));
    if (!text || isLabelCredit(text) || NOT_A_NAME.test(text)) return [];
    const people = authorsFromByline(text);
    return people.length > 0 ? people : text.length <= DECLARED_NAME_MAX_CHARS && !ADDRESS.test(text) ? [text] : [];
  });
  return uniqueNames(names);
}

const QUOTES: ReadonlySet<string> = new Set(['"', "'", "“", "”"]);

function withoutQuotes(text: string | null): string | null {
  if (!text) return null;
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text[start]!)) start++;
  while (end > start && QUOTES.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * What a template wrote where a name goes: an account number ("262588213843476"), or a dotted
 * variable or login left unfilled ("page.head.author", "jane.doe").
 */
const NOT_A_NAME = /^(?:\d+|[\p{Ll}\d_]+(?:\.[\p{Ll}\d_]+)+)$/u;

/** A profile link given as the author ("https://…", "www.example.com/jdoe"). */
const ADDRESS = /https?:|www\.|\.com\/|\//i;

/** Share cards label their fields: twitter:label1 "Written by", twitter:data1 "Jane Doe". */
const WRITER_LABEL = /^(?:written by|author|authors|by)$/i;
const SHARE_CARD_FIELDS = 4;

function labelledWriters(meta: ReadonlyMap<string, string>): string[] {
  const writers: string[] = [];
  for (let n = 1; n <= SHARE_CARD_FIELDS; n++) {
    const value = meta.get(`twitter:data${n}`);
    if (value && WRITER_LABEL.test(meta.get(`twitter:label${n}`)?.trim() ?? "")) writers.push(value);
  }
  return writers;
}

/** "Reviewed by", "Fact-checked by", "Edited by": the credit before a link to someone who did not write the piece. */
const REVIEWER_LABEL = /\b(?:reviewed|checked|edited|verified|researched|tested|illustrated|photographed|photos?)(?: ?by)? ?:?$/i;
const LABEL_MAX_CHARS = 40;

/** Between two names of one credit: "Tested by <a>A</a> and <a>B</a>". */
const NAME_JOINER = /^(?:,|&|and)$/i;

/** The label before the link, passing over the other names of the same credit. */
function creditsReviewer(link: HtmlElement): boolean {
  const siblings = link.parent?.children ?? [];
  for (let i = siblings.indexOf(link) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    const text = (typeof sibling === "string" ? sibling : shortTextOf(sibling, LABEL_MAX_CHARS))?.replace(/\s+/g, " ").trim();
    if (!text || NAME_JOINER.test(text) || (typeof sibling !== "string" && sibling.tag === "a")) continue;
    return REVIEWER_LABEL.test(text);
  }
  return false;
}

function ancestor(element: HtmlElement, levels: number): HtmlElement {
  let current = element;
  for (let i = 0; i < levels && current.parent; i++) current = current.parent;
  return current;
}

function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/**
 * The first non-empty list of names, most trusted first (what the page declares, then the people
 * its bylines show, then credits that name no person). A site that declares itself as the author
 * of every page ("author: Larchmont Tools" on that tool maker's blog) credits no one in particular: the outlet's
 * name stands only when no list names anyone else. A less trusted credit (a meta list, the links
 * to author pages) that holds all of the chosen names and more is the fuller one: sites often
 * declare the first of several authors only. Shown bylines are not read so, as they also name
 * reviewers and fact-checkers.
 */
function chooseAuthors(outlet: string | null, credited: readonly string[][], shown: readonly string[][]): string[] {
  const outletKey = outlet ? nameKey(outlet) : null;
  const lists = [...credited, ...shown];
  const people = lists.map((list) => list.filter((name) => nameKey(name) !== outletKey));
  const chosen = people.find((list) => list.length > 0);
  if (!chosen) return lists.find((list) => list.length > 0) ?? [];
  return people.slice(0, credited.length).reduce((fullest, list) => (list.length > fullest.length && holdsAll(list, fullest) ? list : fullest), chosen);
}

function holdsAll(list: readonly string[], names: readonly string[]): boolean {
  const keys = new Set(list.map(nameKey));
  return names.every((name) => keys.has(nameKey(name)));
}

/** "USA TODAY", "Usa Today" and "usa-today" are one name. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
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
