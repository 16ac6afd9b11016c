import { decodeLeftoverEntities } from "../html/leftover-entities.js";
import { repairMojibake } from "./mojibake.js";
import { withoutSiteName } from "./site-name.js";
import { findDate, isDateOnlyLine } from "./text-dates.js";

/**
 * The page's headline. The title a page declares (JSON-LD headline, og:title, <title>) is often
 * written for search results — "Best Movers 2025 | Top 19 Companies - Site" — while the <h1> shows
 * readers the headline itself. So an <h1> that says the same thing as a declared title is taken
 * (its words mostly among the declared title's, og:title or JSON-LD before <title>, or any other
 * title the page declares); so is a lone
 * <h1> that rewords the declared title (some words in common: the site wrote its headline twice);
 * otherwise the declared title without a short site-name tail, then a lone <h1>, then <title>.
 * Entities are decoded once more: titles in JSON-LD and twice-escaped attributes keep "&#8217;"
 * or "&amp;amp;" as text.
 */

/** Share of an <h1>'s words that must appear in a declared title for the two to agree. */
const H1_AGREEMENT = 0.6;
/** Share of the declared title's words the <h1> must give. */
const H1_COVERAGE = 0.5;
/** A lone <h1> that rewords the declared title shares this share of its words with it, and at least this many. */
const H1_OVERLAP = 0.34;
const MIN_SHARED_WORDS = 2;
/** An <h1> longer than this is a paragraph styled as one. */
const MAX_HEADLINE_WORDS = 25;
/** An <h1> shorter than this is a logo or a section name, not a headline. */
const MIN_H1_WORDS = 2;

export interface TitleSources {
  declared: string | null;
  h1s: readonly string[];
  documentTitle: string | null;
  /** Other titles the page declares (a second og:title, twitter:title, og:title beside a JSON-LD headline). */
  otherDeclared?: readonly (string | null)[];
  /** The site's name as the page gives it (og:site_name, JSON-LD publisher), to strip from a title's ends. */
  siteNames: readonly (string | null)[];
  /** The page's address, whose host names the site too. */
  url: string | null;
}

export function chooseTitle(sources: TitleSources): string | null {
  const trimmed = (title: string | null) => (title ? withoutSiteSuffix(withoutSiteName(title, sources.siteNames, sources.url)) : null);
  const clean = (titles: readonly (string | null)[]) => titles.map(cleanTitleText).map(trimmed).filter((t): t is string => !!t);
  const others = clean(sources.otherDeclared ?? []);
  const declared = clean([sources.declared, sources.documentTitle]).map((title, _, all) => completed(title, [...all, ...others]));
  const h1s = sources.h1s.map(cleanTitleText).filter((t): t is string => !!t && words(t).length >= MIN_H1_WORDS);
  return trimmed(chooseSource(declared, h1s, !!sources.declared, others));
}

/**
 * `declared`: the declared title (if `hasDeclared`) and the <title>, in that order; `others`: the
 * page's other declared titles. An <h1> that agrees with any of them is the headline: a page's
 * JSON-LD headline and <title> may be an SEO rewording while its og:title (or a second og:title
 * written by another plugin) repeats the visible headline.
 */
function chooseSource(declared: readonly string[], h1s: readonly string[], hasDeclared: boolean, others: readonly string[]): string | null {
  for (const title of [...declared.slice(0, hasDeclared ? 1 : 0), ...others, ...declared.slice(hasDeclared ? 1 : 0)]) {
    const agreeing = h1s.find((h1) => agrees(h1, title));
    if (agreeing) return holdsMore(agreeing, title) ? title : agreeing;
  }
  if (h1s.length === 1 && declared[0] && overlaps(h1s[0]!, declared[0])) return holdsMore(h1s[0]!, declared[0]) ? declared[0] : h1s[0]!;
  if (declared[0] && hasDeclared) return declared[0];
  // A lone <h1> that shares no word with the <title> is the site's name over every page ("Jane's Notes").
  if (h1s.length === 1 && !(declared[0] && sharesNoWord(h1s[0]!, declared[0]))) return h1s[0]!;
  return declared[0] ?? null;
}

/**
 * A declared title cut short ("… Finds Solutions (Including", JSON-LD headlines are often cut at a
 * fixed length) is completed by another source that starts with it and goes on.
 */
/** Titles are cut at a length (often 110 characters); a shorter title that another source extends is a headline and its tagline. */
const MIN_CUT_CHARS = 60;

function completed(title: string, sources: readonly string[]): string {
  const key = words(title).join(" ");
  if (title.length < MIN_CUT_CHARS) return title;
  return sources.find((other) => words(other).join(" ").startsWith(`${key} `)) ?? title;
}

/** "Headline | Site", "Headline - Short tagline": the part after the last separator goes when short. */
const SEPARATORS: ReadonlySet<string> = new Set(["|", "•", "·", "»", "-", "–", "—", "::"]);
const MIN_HEAD_CHARS = 12;
const MAX_SUFFIX_CHARS = 40;
const MAX_SUFFIX_WORDS = 3;
/**
 * A pipe is written between a headline and the site or section, never inside a headline: the
 * part after it goes when it is a name of some words ("| Riverside Children's Health Centre"), and
 * the part before it may be short ("Game Night | Shop Name").
 */
const PIPE_MIN_HEAD_CHARS = 6;
const PIPE_MAX_SUFFIX_WORDS = 5;

/**
 * Short tails go one after another ("Headline | Top 19 Companies | Site" → "Headline"); a scan of
 * the space-separated words (a pattern for this backtracks on long runs of white space).
 */
function withoutSiteSuffix(title: string): string {
  let parts = title.split(/\s/u);
  for (;;) {
    const at = parts.findLastIndex((part, i) => i > 0 && i < parts.length - 1 && SEPARATORS.has(part));
    if (at < 0) return parts.join(" ");
    const head = parts.slice(0, at).join(" ").trim();
    const tail = parts.slice(at + 1).join(" ").trim();
    const pipe = parts[at] === "|";
    if (head.length < (pipe ? PIPE_MIN_HEAD_CHARS : MIN_HEAD_CHARS) || !tail || tail.length > MAX_SUFFIX_CHARS) return parts.join(" ");
    if (words(tail).length > (pipe ? PIPE_MAX_SUFFIX_WORDS : MAX_SUFFIX_WORDS)) return parts.join(" ");
    if (!pipe && words(head).length < MAX_SUFFIX_WORDS) return parts.join(" ");
    parts = parts.slice(0, at);
  }
}

/** Entities decoded (repeatedly, for twice-escaped text), UTF-8 misread as Latin-1 mended, white space collapsed. */
export function cleanTitleText(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = repairMojibake(decodeLeftoverEntities(decodeLeftoverEntities(text))).replace(/\s+/g, " ").trim();
  return cleaned || null;
}

/**
 * The <h1> holds the whole title and more that is no part of a headline: a date or a byline in its
 * element ("Headline Posted on July 1, 2024 by …", "Dec 18 2025 Headline"), the source of a link
 * after it ("Headline (example.com)"), or a section label before it ("Blog: Headline"). Other
 * words around the title are the headline's own ("2025 Guide to …", "… from the Spring Show"):
 * a title cut short, or a shorter title written for search results.
 */
function holdsMore(h1: string, title: string): boolean {
  const at = h1.toLowerCase().indexOf(title.toLowerCase());
  if (at < 0 || h1.length === title.length) return holdsDateAround(h1, title);
  const before = h1.slice(0, at).trim();
  const after = h1.slice(at + title.length).trim();
  if (before && after) return false;
  return holdsDate(before || after) || LINK_SOURCE.test(after) || SECTION_LABEL.test(before);
}

/** The title's words at one end of the <h1>'s, written with other punctuation: the rest is judged by its words alone. */
function holdsDateAround(h1: string, title: string): boolean {
  const h1Key = words(h1).join(" ");
  const titleKey = words(title).join(" ");
  if (h1Key.length <= titleKey.length) return false;
  if (h1Key.startsWith(`${titleKey} `)) return holdsDate(h1Key.slice(titleKey.length));
  return h1Key.endsWith(` ${titleKey}`) && holdsDate(h1Key.slice(0, -titleKey.length));
}

function holdsDate(text: string): boolean {
  return findDate(text) !== null || isDateOnlyLine(text.trim());
}

/** "(example.com)": the site a link aggregator names after a headline. */
const LINK_SOURCE = /^\([\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\)/i;
/** "Blog:", "News Release:": a label of a word or two with a colon, before the headline. */
const SECTION_LABEL = /^\p{L}+(?: \p{L}+)?:$/u;

function sharesNoWord(a: string, b: string): boolean {
  const bWords = new Set(words(b));
  return !words(a).some((word) => bWords.has(word));
}

/**
 * Most of the <h1>'s words are in the title, and it covers a fair part of the title: a site-name
 * <h1> ("Valley Herald") matches only the tail of "Headline - Valley Herald".
 */
function agrees(h1: string, title: string): boolean {
  const titleWords = words(title);
  const titleSet = new Set(titleWords);
  const h1Words = words(h1);
  const shared = h1Words.filter((word) => titleSet.has(word)).length;
  return shared >= h1Words.length * H1_AGREEMENT && shared >= titleWords.length * H1_COVERAGE;
}

/** Some words in common: a rewording of the same headline, not a section or site name. */
function overlaps(h1: string, title: string): boolean {
  const h1Words = words(h1);
  if (h1Words.length > MAX_HEADLINE_WORDS) return false;
  const titleSet = new Set(words(title));
  const shared = h1Words.filter((word) => titleSet.has(word)).length;
  return shared >= MIN_SHARED_WORDS && shared >= h1Words.length * H1_OVERLAP;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
