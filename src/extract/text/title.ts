import { comparisonKey, isBodyLike, isHeadlineLike, isKept, makeLine, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import {
  HEADLINE_MIN_WORDS,
  MASTHEAD_MAX_WORDS,
  STANDFIRST_MIN_CHARS,
  TITLE_PREFERRED_MIN_WORDS,
  TITLE_WINDOW_LINES,
} from "./thresholds.js";

/**
 * The title of scraped text: a headline-like line just above the body. Lines above it are
 * slogans, mastheads and menu remnants; a long paragraph above any headline means the page has
 * no title line (the body starts at once). A headline and standfirst glued on one line are cut
 * where the standfirst reappears verbatim in the body.
 */

/** Where a later word could open a standfirst: after a space, a capital, digit or opening quote. */
const WORD_START_LIKE_SENTENCE = / (?=["“‘«]?[\p{Lu}\p{N}])/gu;

/**
 * Find and remove the title line; returns the title or null. With a known title (from HTML
 * metadata), only its repetitions are removed.
 */
export function takeTitle(lines: Line[], knownTitle?: string | null): string | null {
  if (knownTitle) {
    markRepeats(lines, knownTitle, 0);
    return knownTitle;
  }
  const found = findTitleLine(lines);
  if (!found) return null;
  const { index, mastheads } = found;
  for (const line of mastheads) line.rule = RULE.MASTHEAD;
  const title = lines[index]!.text;
  markRepeats(lines, title, index + 1);
  return title;
}

/**
 * The title sits just above where the body starts (the first long line): among the last few kept
 * lines above it, the headline-like one of some length nearest the body (a masthead such as
 * "XYZ Press Agency" sits higher up; a short "Directory of sites" left by a menu is passed over). Every kept line above it is a masthead, slogan or menu remnant.
 * With no such line, the first long line may be a headline glued to its standfirst.
 */
function findTitleLine(lines: Line[]): { index: number; mastheads: Line[] } | null {
  const above: number[] = [];
  let stop = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line)) continue;
    if (line.words > MASTHEAD_MAX_WORDS && !isHeadlineLike(line)) {
      stop = i;
      break;
    }
    above.push(i);
  }
  const window = above.slice(-TITLE_WINDOW_LINES).filter((i) => isHeadlineLike(lines[i]!));
  const index = window.findLast((i) => lines[i]!.words >= TITLE_PREFERRED_MIN_WORDS) ?? window.at(-1);
  if (index !== undefined) {
    lines[index]!.rule = RULE.META_TITLE;
    return { index, mastheads: above.filter((i) => i < index).map((i) => lines[i]!) };
  }
  if (stop < lines.length && splitHeadlineAndStandfirst(lines, stop)) {
    return { index: stop, mastheads: above.map((i) => lines[i]!) };
  }
  return null;
}

/**
 * "Headline words Standfirst sentence." on one line: when a tail of the line reappears later,
 * the line becomes a title line and a removed duplicate standfirst.
 */
function splitHeadlineAndStandfirst(lines: Line[], index: number): boolean {
  const line = lines[index]!;
  const cut = findRepeatedTail(line.text, laterTexts(lines)(index));
  if (cut === -1) return false;
  const title = makeLine(line.text.slice(0, cut).trim(), RULE.META_TITLE);
  if (!isHeadlineLike(title)) return false;
  lines.splice(index, 1, title, makeLine(line.text.slice(cut).trim(), RULE.DUPLICATE));
  return true;
}

/**
 * The earliest word boundary of `text` whose tail (at least STANDFIRST_MIN_CHARS long) occurs
 * verbatim in `later`, or -1. The head must keep a few words to be a headline.
 */
export function findRepeatedTail(text: string, later: string): number {
  // Every candidate tail ends with the line's end: one search rules out almost every line.
  if (text.length < STANDFIRST_MIN_CHARS || !later.includes(text.slice(-STANDFIRST_MIN_CHARS))) return -1;
  for (const match of text.matchAll(WORD_START_LIKE_SENTENCE)) {
    const cut = match.index + 1;
    const tail = text.slice(cut);
    if (tail.length < STANDFIRST_MIN_CHARS) return -1;
    if (text.slice(0, cut).split(" ").length - 1 < HEADLINE_MIN_WORDS) continue;
    if (later.includes(tail)) return extendOverName(text, cut, later);
  }
  return -1;
}

/** A standfirst's name may be longer than the body's ("Jane Doe said …" vs "Doe said …"). */
const NAME_EXTENSION_MAX_WORDS = 2;
const CAPITALIZED_WORD = /^\p{Lu}/u;

/**
 * Move the cut back over capitalised words that, with the word after them, also occur together
 * later: "… 38 people Jane Doe said X." whose body repeats "Doe said X." and names "Jane Doe"
 * elsewhere is cut before "Jane". A Title Case headline word ("… Jet Downing Doe said …") is not
 * taken, as "Downing Doe" occurs nowhere else.
 */
function extendOverName(text: string, cut: number, later: string): number {
  for (let step = 0; step < NAME_EXTENSION_MAX_WORDS; step++) {
    const head = text.slice(0, cut).trimEnd();
    const start = head.lastIndexOf(" ") + 1;
    const word = head.slice(start);
    const next = text.slice(cut).split(" ", 1)[0]!;
    if (start === 0 || !CAPITALIZED_WORD.test(word) || !later.includes(`${word} ${next}`)) break;
    cut = start;
  }
  return cut;
}

/**
 * The kept text after each line, where a repeated standfirst would be found: the kept lines joined
 * once, each line's later text a slice of it (a view, not a copy), so asking for many lines of a
 * long text costs its length once rather than once per line. Holds while the lines after the one
 * asked about keep their rules (a pass that marks lines in order changes only those before).
 */
export function laterTexts(lines: readonly Line[]): (index: number) => string {
  const kept: string[] = [];
  // starts[i]: where the first kept line from line i on starts in the joined text.
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    if (!isKept(line)) continue;
    kept.push(line.text);
    offset += line.text.length + 1;
  }
  starts.push(offset);
  const joined = kept.join("\n");
  return (index) => joined.slice(starts[index + 1]);
}

/** Repeats differ from the title by punctuation and spacing only; a length gate spares the key for most lines. */
const REPEAT_LENGTH_SLACK = 0.2;

function markRepeats(lines: readonly Line[], title: string, from: number): void {
  const key = comparisonKey(title);
  const slack = title.length * REPEAT_LENGTH_SLACK;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line) || Math.abs(line.text.length - title.length) > slack) continue;
    if (comparisonKey(line.text) === key) line.rule = RULE.DUPLICATE;
  }
}

/**
 * When the page has no title line: the first sub-heading (a headline-like line kept between
 * paragraphs), else the first sentence of the body.
 */
export function fallbackTitle(paragraphs: readonly string[]): string {
  for (const text of paragraphs) {
    const line = makeLine(text);
    if (isHeadlineLike(line) && !isBodyLike(line)) return text;
  }
  const first = paragraphs[0] ?? "";
  const end = /[.!?…](?=\s+["“‘(]?\p{Lu})/u.exec(first);
  return end ? first.slice(0, end.index + 1) : first;
}
