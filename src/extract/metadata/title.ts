import { decodeLeftoverEntities } from "../html/leftover-entities.js";

/**
 * The page's headline. The title a page declares (JSON-LD headline, og:title, <title>) is often
 * written for search results — "Best Movers 2025 | Top 19 Companies - Site" — while the <h1> shows
 * readers the headline itself. So an <h1> that says the same thing as a declared title is taken
 * (its words mostly among the declared title's, og:title or JSON-LD before <title>); so is a lone
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
}

export function chooseTitle(sources: TitleSources): string | null {
  const declared = [sources.declared, sources.documentTitle].map(cleanTitleText).filter((t): t is string => !!t);
  const h1s = sources.h1s.map(cleanTitleText).filter((t): t is string => !!t && words(t).length >= MIN_H1_WORDS);
  for (const title of declared) {
    const agreeing = h1s.find((h1) => agrees(h1, title));
    if (agreeing) return holdsMore(agreeing, title) ? title : agreeing;
  }
  if (h1s.length === 1 && declared[0] && overlaps(h1s[0]!, declared[0])) return holdsMore(h1s[0]!, declared[0]) ? declared[0] : h1s[0]!;
  if (declared[0] && sources.declared) return withoutSiteSuffix(declared[0]);
  if (h1s.length === 1) return h1s[0]!;
  return declared[0] ? withoutSiteSuffix(declared[0]) : null;
}

/** "Headline | Site", "Headline - Short tagline": the part after the last separator goes when short. */
const SEPARATORS: ReadonlySet<string> = new Set(["|", "•", "·", "»", "-", "–", "—", "::"]);
const SEPARATOR_CHARS = /[|•·»–—]/u;
const MIN_HEAD_CHARS = 12;
const MAX_SUFFIX_CHARS = 40;
const MAX_SUFFIX_WORDS = 3;

/** A scan of the space-separated words (a pattern for this backtracks on long runs of white space). */
function withoutSiteSuffix(title: string): string {
  const parts = title.split(/\s/u);
  const at = parts.findLastIndex((part, i) => i > 0 && i < parts.length - 1 && SEPARATORS.has(part));
  if (at < 0) return title;
  const head = parts.slice(0, at).join(" ").trim();
  const tail = parts.slice(at + 1).join(" ").trim();
  if (head.length < MIN_HEAD_CHARS || !tail || tail.length > MAX_SUFFIX_CHARS || SEPARATOR_CHARS.test(tail)) return title;
  if (words(tail).length > MAX_SUFFIX_WORDS || words(head).length < MAX_SUFFIX_WORDS) return title;
  return head;
}

/** Entities decoded (repeatedly, for twice-escaped text), white space collapsed. */
export function cleanTitleText(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = decodeLeftoverEntities(decodeLeftoverEntities(text)).replace(/\s+/g, " ").trim();
  return cleaned || null;
}

/**
 * The <h1> opens with the whole title and goes on: its element also holds a date or a byline
 * ("Headline Posted on July 1, 2024 by …", "Headline January 1, 2025"), which the title leaves out.
 */
function holdsMore(h1: string, title: string): boolean {
  const key = (text: string) => words(text).join(" ");
  const h1Key = key(h1);
  const titleKey = key(title);
  return h1Key.length > titleKey.length && h1Key.startsWith(`${titleKey} `) && HAS_DIGIT.test(h1Key.slice(titleKey.length));
}

const HAS_DIGIT = /\d/;

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
