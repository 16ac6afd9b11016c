import { isKept, isProse, type Line } from "./lines.js";
import { RULE, type RuleId } from "./rule-ids.js";
import {
  STRETCH_FREE_RUN_LINES,
  STRETCH_IN_ARTICLE_LINE_COST,
  STRETCH_PROSE_OFFSET_WORDS,
  STRETCH_REMOVED_LINE_COST,
  STRETCH_RUN_COST_STEP,
  STRETCH_SANDWICHED_OFFSET_WORDS,
  STRETCH_SECOND_SHARE,
  STRETCH_SHORT_LINE_COST,
  STANDFIRST_MAX_LINES,
  STANDFIRST_RESTATED_SHARE,
} from "./thresholds.js";

/**
 * A scraped whole page holds its article as ONE stretch of lines dense in prose, amid menus,
 * teaser lists and comment threads, which are runs of short lines or prose cut up by them.
 * Each line gets a score (scoreLines: prose earns its words, short and removed lines cost), the
 * stretch with the highest sum is the article (Kadane's maximum subarray, one pass), and kept
 * lines outside it are dropped. An article cut in two by a wall (a gallery, a long embedded list)
 * keeps its other half: the best stretch before or after the main one stays when it scores at
 * least STRETCH_SECOND_SHARE of the main one. A list the article closes with (introduced by a
 * colon, or items of one shape: isClosingList) is kept with the stretch, and so is the standfirst
 * under the title (standfirstLines), which a photo, its caption and a byline box often cut off.
 */
export function markOutsideMainStretch(lines: readonly Line[], isClosingList: (items: readonly Line[], above?: Line) => boolean): void {
  const scores = scoreLines(lines);
  const main = bestStretch(scores, 0, lines.length - 1);
  if (main.start > main.end) return;
  const closingEnd = closingListEnd(lines, main.end, isClosingList);
  const before = bestStretch(scores, 0, main.start - 1);
  const after = bestStretch(scores, closingEnd + 1, lines.length - 1);
  const within = (stretch: Stretch, i: number): boolean =>
    stretch.sum >= main.sum * STRETCH_SECOND_SHARE && i >= stretch.start && i <= stretch.end;
  const standfirst = standfirstLines(lines, main.start);
  const inside = (i: number): boolean =>
    (i >= main.start && i <= closingEnd) || within(before, i) || within(after, i) || standfirst.has(i);
  for (let i = 0; i < lines.length; i++) {
    if (!inside(i) && isKept(lines[i]!)) lines[i]!.rule = RULE.OUTSIDE_BODY;
  }
}

/**
 * The standfirst (dek) of the page's title that restates the body: prose lines (at most
 * STANDFIRST_MAX_LINES) directly under the title line, above the main stretch, that one body
 * paragraph nearly repeats (a figure or a word changed). It is the report's own wording of its
 * lead, and where its figures differ from the body's, the report disagrees with itself: a
 * difference worth checking, lost when a photo, its caption and a byline box between the
 * standfirst and the body cut it off. A standfirst in words of its own stays out:
 * article-extraction ground truths leave deks out of the article (keeping every one cost
 * text-mode F1 0.943 → 0.938).
 */
function standfirstLines(lines: readonly Line[], mainStart: number): Set<number> {
  const title = lines.findIndex((line) => line.rule === RULE.META_TITLE);
  const kept = new Set<number>();
  if (title < 0) return kept;
  for (let i = title + 1; i < mainStart && kept.size < STANDFIRST_MAX_LINES; i++) {
    if (!isKept(lines[i]!) || !isProse(lines[i]!)) break;
    kept.add(i);
  }
  for (const i of kept) if (restatedShare(lines, i, mainStart) < STANDFIRST_RESTATED_SHARE) kept.delete(i);
  return kept;
}

/**
 * How nearly one kept prose line from `from` on repeats the line at `index`: the largest overlap of
 * their word sets (shared words over all words of both), so a paragraph that merely contains the
 * line among much else does not count.
 */
function restatedShare(lines: readonly Line[], index: number, from: number): number {
  const words = [...new Set(wordsOf(lines[index]!.text))];
  if (words.length === 0) return 0;
  let best = 0;
  for (let i = from; i < lines.length; i++) {
    if (!isKept(lines[i]!) || !isProse(lines[i]!)) continue;
    const other = new Set(wordsOf(lines[i]!.text));
    const shared = words.filter((w) => other.has(w)).length;
    best = Math.max(best, shared / (words.length + other.size - shared));
  }
  return best;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Rules whose lines sit INSIDE articles as often as around them (an ad label or a related list
 * between two paragraphs, a byline, a repeated headline): crossing them is cheap. Lines of other
 * rules (menus, tickers, footers, counters) are walls. Date lines and photo credits are walls
 * too: every teaser of a list of other stories carries one (measured: text-mode F1 +0.004).
 */
const IN_ARTICLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  RULE.RELATED_LIST, RULE.AD_MARKER, RULE.SHARE_PROMPT, RULE.LIST_MARKER, RULE.META_BYLINE,
  RULE.META_DATELINE, RULE.META_ATTRIBUTION, RULE.META_CREDIT, RULE.META_TITLE, RULE.DUPLICATE,
]);

/**
 * Line scores. The first STRETCH_FREE_RUN_LINES short lines in a row cost as little as removed
 * chrome (a sub-heading, a short list or a few unmarked headlines inside an article are crossed);
 * from then on each costs STRETCH_SHORT_LINE_COST and STRETCH_RUN_COST_STEP more than the one
 * before, so a menu or a long list of other stories is a wall. A prose line with short or removed
 * lines on both sides (a teaser's snippet between its headline and the next headline) scores its words
 * beyond STRETCH_SANDWICHED_OFFSET_WORDS: a list of teasers no longer pays its way, while an
 * article's paragraphs, which come in runs, are not touched.
 */
function scoreLines(lines: readonly Line[]): number[] {
  const prose = lines.map((line) => isKept(line) && isProse(line));
  let run = 0;
  return lines.map((line, i) => {
    if (!isKept(line)) return IN_ARTICLE_RULES.has(line.rule!) ? -STRETCH_IN_ARTICLE_LINE_COST : -STRETCH_REMOVED_LINE_COST;
    if (prose[i]) {
      run = 0;
      const sandwiched = i > 0 && i < lines.length - 1 && !prose[i - 1] && !prose[i + 1];
      return line.words - (sandwiched ? STRETCH_SANDWICHED_OFFSET_WORDS : STRETCH_PROSE_OFFSET_WORDS);
    }
    const beyondFree = run++ - STRETCH_FREE_RUN_LINES;
    return beyondFree < 0 ? -STRETCH_IN_ARTICLE_LINE_COST : -(STRETCH_SHORT_LINE_COST + STRETCH_RUN_COST_STEP * beyondFree);
  });
}

interface Stretch {
  start: number;
  end: number;
  sum: number;
}

/** Maximum-sum stretch of scores[from..to]; start > end when no line scores above zero. */
function bestStretch(scores: readonly number[], from: number, to: number): Stretch {
  let best: Stretch = { start: from, end: from - 1, sum: 0 };
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best.sum) best = { start, end: i, sum };
  }
  return best;
}

/** The stretch's last line, or the end of a closing list of short lines the article introduces. */
function closingListEnd(lines: readonly Line[], end: number, isClosingList: (items: readonly Line[], above?: Line) => boolean): number {
  const items: Line[] = [];
  let last = end;
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line)) continue;
    if (isProse(line)) break;
    items.push(line);
    last = i;
  }
  return items.length > 0 && isClosingList(items, lines[end]) ? last : end;
}
