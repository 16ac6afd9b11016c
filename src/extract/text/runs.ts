import { isRelatedMarker } from "./chrome-rules.js";
import { isBodyLike, isKept, isProse, type Line } from "./lines.js";
import { RULE, type RuleId } from "./rule-ids.js";
import {
  BODY_LONG_CHARS,
  COPY_MIN_COVERED_SHARE,
  COPY_MIN_PARTS,
  SHARED_SHAPE_SHARE,
  TAIL_BODY_BEFORE_FACTOR,
  TAIL_GAP_MIN,
  TAIL_MAX_BODY_SHARE,
  TRAILING_RUN_MIN,
} from "./thresholds.js";

/**
 * Rules over runs of lines rather than single lines: lists that follow a marker, lists that close
 * the page without one, and repeated lines. A run always stops at the next body paragraph, so a
 * marker misread inside the article costs at most the short lines right after it.
 */

/**
 * After the body has started, a marker ("Related News", "TRENDING", "Also Read:") or a comment
 * form heading takes every following non-body line with it. Above the body a marker is dropped
 * alone: the title and standfirst follow there and must not be swallowed.
 */
export function markMarkedRuns(lines: readonly Line[]): void {
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isKept(line)) {
      bodySeen ||= isBodyLike(line);
      continue;
    }
    const runRule = runRuleOf(line);
    if (bodySeen && runRule) i = markRun(lines, i + 1, runRule) - 1;
  }
}

function runRuleOf(line: Line): RuleId | null {
  if (line.rule === RULE.RELATED_LIST && isRelatedMarker(line.text)) return RULE.RELATED_LIST;
  if (line.rule === RULE.REPLY_FORM) return RULE.REPLY_FORM;
  return null;
}

/** Mark kept short non-body lines from `start` on; returns the index of the prose line that stopped the run. */
function markRun(lines: readonly Line[], start: number, rule: RuleId): number {
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line)) continue;
    if (isProse(line)) break;
    line.rule = rule;
  }
  return i;
}

/**
 * Three or more short non-body lines closing the page are a list of other stories or footer links,
 * even without a marker. One or two are kept: an article may end on a sub-heading and a short
 * line. A list the article introduces ("Tour dates:") or whose items share one shape
 * ("June 9 – Tampa", "England (Group A): 10th") is the article's own data and is kept.
 */
export function markTrailingRun(lines: readonly Line[]): void {
  const run: Line[] = [];
  let above: Line | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!isKept(line)) continue;
    if (isProse(line)) {
      above = line;
      break;
    }
    run.push(line);
  }
  if (run.length < TRAILING_RUN_MIN || isArticleList(run, above)) return;
  for (const line of run) line.rule = RULE.TRAILING_HEADLINES;
}

/**
 * Full-page scrapes end in footers whose menus are broken by a stray sentence or two ("All quotes
 * delayed a minimum of 15 minutes."), which stops markTrailingRun. After the body has started, a
 * gap of at least TAIL_GAP_MIN non-prose lines (already removed chrome counts: it is footer
 * evidence too) followed only by isolated sentences (never two prose lines in a row, at most
 * TAIL_MAX_BODY_SHARE of the kept lines) is the page's tail.
 */
export function markPageTail(lines: readonly Line[]): void {
  const prose = lines.map((line) => isKept(line) && isProse(line));
  let run = 0;
  for (let i = prose.indexOf(true) + 1; i > 0 && i < lines.length; i++) {
    run = prose[i] ? 0 : run + 1;
    if (run !== TAIL_GAP_MIN) continue;
    const start = i - run + 1;
    if (isPageTail(lines, prose, start)) {
      for (const line of lines.slice(start)) if (isKept(line)) line.rule = RULE.PAGE_TAIL;
      return;
    }
  }
}

function isPageTail(lines: readonly Line[], prose: readonly boolean[], start: number): boolean {
  let kept = 0;
  let proseLines = 0;
  let proseCharsAfter = 0;
  let previous = false;
  for (let i = start; i < lines.length; i++) {
    if (!isKept(lines[i]!)) continue;
    kept++;
    if (prose[i]) {
      if (previous) return false;
      proseLines++;
      proseCharsAfter += lines[i]!.text.length;
    }
    previous = prose[i]!;
  }
  if (proseLines > kept * TAIL_MAX_BODY_SHARE) return false;
  // The article must lie before the gap: a chrome sentence in the page header must not make the
  // whole article look like a tail.
  let proseCharsBefore = 0;
  for (let i = 0; i < start; i++) if (prose[i]) proseCharsBefore += lines[i]!.text.length;
  if (proseCharsBefore < proseCharsAfter * TAIL_BODY_BEFORE_FACTOR) return false;
  const gap = lines.slice(start, start + TAIL_GAP_MIN).filter(isKept);
  return !isArticleList(gap, lines.slice(0, start).reverse().find(isKept));
}

const INTRODUCES_LIST = /:\s*$/;
/** Separators that give list items a shared shape; headlines of other stories rarely share one. */
const ITEM_SEPARATORS: readonly RegExp[] = [/:\s/, /\s[–—-]{1,2}\s/, /\s@\s/, /\(/, /\s\|\s/, /^\d/];

/** A list introduced by a line ending in a colon, or whose items mostly share a separator. */
export function isArticleList(items: readonly Line[], above?: Line): boolean {
  if ((above && INTRODUCES_LIST.test(above.text)) || items.some((line) => INTRODUCES_LIST.test(line.text))) return true;
  const needed = Math.ceil(items.length * SHARED_SHAPE_SHARE);
  return ITEM_SEPARATORS.some((separator) => items.filter((line) => separator.test(line.text)).length >= needed);
}

/**
 * A kept line that repeats an earlier kept line (scrapers duplicate headings and teasers).
 * Compared case-insensitively after white-space normalisation (splitLines); near-duplicates
 * with other punctuation are left alone, which keeps this a Set lookup per line.
 */
export function markDuplicates(lines: readonly Line[]): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (!isKept(line)) continue;
    const key = line.text.toLowerCase();
    if (seen.has(key)) line.rule = RULE.DUPLICATE;
    else seen.add(key);
  }
}

/**
 * A long kept line made mostly of other kept paragraphs of the page, verbatim: a second copy of
 * the article run together on one line (a page's hidden summary field or no-script copy that a
 * scraper saves with the rest). It repeats the article, so it is dropped as a duplicate and the
 * paragraphs stay. At least COPY_MIN_PARTS paragraphs covering COPY_MIN_COVERED_SHARE of its
 * length: a paragraph that quotes one pull-quote line is not a copy.
 */
export function markConcatenatedCopies(lines: readonly Line[]): void {
  const index = paragraphIndex(lines.filter((line) => isKept(line) && isBodyLike(line)));
  for (const line of lines) {
    if (!isKept(line) || line.text.length < BODY_LONG_CHARS) continue;
    let parts = 0;
    let covered = 0;
    for (const part of containedParagraphs(line.text, index)) {
      if (part.text.length >= line.text.length || !isKept(part)) continue;
      parts++;
      covered += part.text.length;
    }
    if (parts >= COPY_MIN_PARTS && covered >= line.text.length * COPY_MIN_COVERED_SHARE) line.rule = RULE.DUPLICATE;
  }
}

/**
 * Paragraphs are looked up by their first characters, then by length and a hash of their text
 * computed while reading the line forward, so the cost at one position of a line is at most the
 * length of the longest paragraph sharing its opening, however many share it (templated pages
 * repeat openings in hundreds of paragraphs).
 */
const OPENING_CHARS = 32;

interface ParagraphGroup {
  /** Distinct paragraph lengths, ascending. */
  lengths: number[];
  /** Paragraphs of one text, by the hash of that text. */
  byHash: Map<number, Array<{ text: string; lines: Line[] }>>;
}

interface ParagraphIndex {
  /** Paragraphs of at least OPENING_CHARS characters, by their opening; found where a word starts. */
  byOpening: Map<string, ParagraphGroup>;
  /** Shorter paragraphs, found anywhere in a line. */
  short: ParagraphGroup;
}

function paragraphIndex(paragraphs: readonly Line[]): ParagraphIndex {
  const index: ParagraphIndex = { byOpening: new Map(), short: emptyGroup() };
  const lengths = new Map<ParagraphGroup, Set<number>>();
  for (const paragraph of paragraphs) {
    const { text } = paragraph;
    let group = index.short;
    if (text.length >= OPENING_CHARS) {
      const opening = text.slice(0, OPENING_CHARS);
      group = index.byOpening.get(opening) ?? emptyGroup();
      index.byOpening.set(opening, group);
    }
    const hash = hashOf(text);
    const sameHash = group.byHash.get(hash) ?? [];
    group.byHash.set(hash, sameHash);
    const same = sameHash.find((entry) => entry.text === text);
    if (same) same.lines.push(paragraph);
    else sameHash.push({ text, lines: [paragraph] });
    lengths.set(group, (lengths.get(group) ?? new Set()).add(text.length));
  }
  for (const [group, distinct] of lengths) group.lengths = [...distinct].sort((a, b) => a - b);
  return index;
}

function emptyGroup(): ParagraphGroup {
  return { lengths: [], byHash: new Map() };
}

/** A 32-bit polynomial hash of the text, extendable one character at a time (see `hashStep`). */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) >>> 0;
}

/**
 * The paragraphs whose whole text occurs in `text` starting at a word (where a paragraph can start
 * in a copy, glued to the one before or not), each once; short paragraphs anywhere.
 */
function containedParagraphs(text: string, index: ParagraphIndex): Line[] {
  const found = new Set<string>();
  const contained: Line[] = [];
  const hasShort = index.short.lengths.length > 0;
  for (let at = 0; at < text.length; at++) {
    if (hasShort) collectAt(text, at, index.short, found, contained);
    if (at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
    const group = index.byOpening.get(text.slice(at, at + OPENING_CHARS));
    if (group) collectAt(text, at, group, found, contained);
  }
  return contained;
}

/** Adds the paragraphs of `group` that start at `at`, reading the text forward once. */
function collectAt(text: string, at: number, group: ParagraphGroup, found: Set<string>, contained: Line[]): void {
  let hash = 0;
  let end = at;
  for (const length of group.lengths) {
    if (at + length > text.length) return;
    for (; end < at + length; end++) hash = hashStep(hash, text.charCodeAt(end));
    for (const entry of group.byHash.get(hash) ?? []) {
      if (entry.text.length !== length || found.has(entry.text) || !text.startsWith(entry.text, at)) continue;
      found.add(entry.text);
      for (const line of entry.lines) contained.push(line);
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
