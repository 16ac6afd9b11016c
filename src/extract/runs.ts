import { isRelatedMarker } from "./chrome-rules.js";
import { isBodyLike, isKept, type Line } from "./lines.js";
import { RULE, type RuleId } from "./rule-ids.js";
import { SHARED_SHAPE_SHARE, TAIL_BODY_BEFORE_FACTOR, TAIL_GAP_MIN, TAIL_MAX_BODY_SHARE, TRAILING_RUN_MIN } from "./thresholds.js";

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

/** Mark kept non-body lines from `start` on; returns the index of the body line that stopped the run. */
function markRun(lines: readonly Line[], start: number, rule: RuleId): number {
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line)) continue;
    if (isBodyLike(line)) break;
    line.rule = rule;
  }
  return i;
}

/**
 * Three or more non-body lines closing the page are a list of other stories or footer links,
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
    if (isBodyLike(line)) {
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
 * gap of at least TAIL_GAP_MIN non-body lines followed only by such isolated sentences (never
 * two body lines in a row, at most TAIL_MAX_BODY_SHARE of the lines) is the page's tail.
 */
export function markPageTail(lines: readonly Line[]): void {
  const kept = lines.filter(isKept);
  const body = kept.map(isBodyLike);
  let run = 0;
  for (let i = body.indexOf(true) + 1; i > 0 && i < kept.length; i++) {
    run = body[i] ? 0 : run + 1;
    if (run !== TAIL_GAP_MIN) continue;
    const start = i - run + 1;
    if (isPageTail(kept, body, start)) {
      for (const line of kept.slice(start)) line.rule = RULE.PAGE_TAIL;
      return;
    }
  }
}

function isPageTail(kept: readonly Line[], body: readonly boolean[], start: number): boolean {
  let bodyLines = 0;
  let bodyCharsAfter = 0;
  for (let i = start; i < kept.length; i++) {
    if (!body[i]) continue;
    if (body[i - 1]) return false;
    bodyLines++;
    bodyCharsAfter += kept[i]!.text.length;
  }
  if (bodyLines > (kept.length - start) * TAIL_MAX_BODY_SHARE) return false;
  // The article must lie before the gap: a chrome sentence in the page header must not make the
  // whole article look like a tail.
  let bodyCharsBefore = 0;
  for (let i = 0; i < start; i++) if (body[i]) bodyCharsBefore += kept[i]!.text.length;
  if (bodyCharsBefore < bodyCharsAfter * TAIL_BODY_BEFORE_FACTOR) return false;
  return !isArticleList(kept.slice(start, start + TAIL_GAP_MIN), kept[start - 1]);
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
