import type { RuleId } from "./rule-ids.js";
import {
  BODY_LONG_CHARS,
  BODY_MIN_WORDS,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_WORDS,
  WRAPPED_LINE_MIN_WORDS,
} from "./thresholds.js";

/**
 * One non-empty line of a report, the unit every extract rule works on. `rule` is null while the
 * line is kept and holds the id of the rule that removed it otherwise; rules never delete lines,
 * so later rules can still look at what was removed (outlet from a footer, runs across ads).
 */
export interface Line {
  text: string;
  words: number;
  /** Sentence-ending marks followed by a space or the end ("." "?!" "…”"). */
  sentenceEnds: number;
  rule: RuleId | null;
}

/** Spaces that scrapers leave in text: no-break, thin, ideographic, and the line/paragraph separators. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]+/g;
/** Zero-width characters and soft hyphens: invisible, they only break string equality. */
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const SPACE_RUNS = / {2,}/g;
/** Latin-script sentence ends need a following space; CJK full stops do not (CJK uses no spaces). */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s|$)|(?<![。！？])[。！？]+[」』）"”]*/g;
const ENDS_SENTENCE = /(?:[.!?…]["'”’»)\]]*|[。！？][」』）"”]*)$/;
/** Chinese, Japanese and Korean characters: text without spaces between words. */
const CJK_CHARACTERS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
/** A CJK word is about two characters long; used only to size lines against the word thresholds. */
const CJK_CHARS_PER_WORD = 2;
const ENDS_PERIOD = /[.。]["'”’»)\]」』]*$/;
const ENDS_QUESTION = /[?!]["'”’»)\]]*$/;
const ENDS_COLON = /:$/;
/** A capital, a digit, or a letter of a script without case (CJK, Arabic, Hebrew, Thai …). */
const STARTS_LIKE_TITLE = /^["'“‘(«「『]?[\p{Lu}\p{N}\p{Lo}]/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** A line that stops mid-sentence: no closing punctuation at all. */
const ENDS_OPEN = /[\p{L}\p{N},]$/u;

export function makeLine(text: string, rule: RuleId | null = null): Line {
  return { text, words: countWords(text), sentenceEnds: countSentenceEnds(text), rule };
}

/**
 * Split text into trimmed, non-empty lines with normalised white space. A hard-wrapped paragraph
 * (a long line stopping mid-sentence, the next line starting in lower case, no blank line
 * between) is joined back into one line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let previousBlank = true;
  for (const raw of text.replace(LINE_BREAKS, "\n").split("\n")) {
    const cleaned = normalizeSpaces(raw);
    if (cleaned === "") {
      previousBlank = true;
      continue;
    }
    const last = lines[lines.length - 1];
    if (last && !previousBlank && continuesWrappedLine(last, cleaned)) {
      lines[lines.length - 1] = makeLine(`${last.text} ${cleaned}`);
    } else {
      lines.push(makeLine(cleaned));
    }
    previousBlank = false;
  }
  return lines;
}

export function normalizeSpaces(text: string): string {
  return text.replace(INVISIBLES, "").replace(ODD_SPACES, " ").replace(SPACE_RUNS, " ").trim();
}

function continuesWrappedLine(last: Line, next: string): boolean {
  return last.words >= WRAPPED_LINE_MIN_WORDS && ENDS_OPEN.test(last.text) && STARTS_LOWERCASE.test(next);
}

/** Space-separated words, plus an estimate for CJK runs that have no spaces. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32;
    if (!space && !inWord) count++;
    inWord = !space;
    wide ||= code >= 0x3040;
  }
  if (!wide) return count;
  const cjk = text.match(CJK_CHARACTERS)?.length ?? 0;
  return count + Math.floor(cjk / CJK_CHARS_PER_WORD);
}

function countSentenceEnds(text: string): number {
  let count = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.exec(text)) count++;
  return count;
}

export const isKept = (line: Line): boolean => line.rule === null;

/**
 * Body text: a sentence of some length, or any very long line. A one-sentence question of
 * headline size is not body ("Is this the end of X?"): lists of other stories are full of them.
 */
export function isBodyLike(line: Line): boolean {
  if (line.text.length >= BODY_LONG_CHARS) return true;
  if (!ENDS_SENTENCE.test(line.text) || line.words < BODY_MIN_WORDS) return false;
  return !isQuestionHeadline(line);
}

/** isBodyLike for a text not yet made a line (an HTML block): a long one is body without counting its words and sentence ends. */
export function isBodyText(text: string): boolean {
  return text.length >= BODY_LONG_CHARS || isBodyLike(makeLine(text));
}

/**
 * Prose, for rules that sweep runs of short lines: body-like, or longer than any headline even
 * without final punctuation (blog lines ending in emoji or "~" are still sentences).
 */
export function isProse(line: Line): boolean {
  return line.words > HEADLINE_MAX_WORDS || isBodyLike(line);
}

function isQuestionHeadline(line: Line): boolean {
  return ENDS_QUESTION.test(line.text) && line.sentenceEnds <= 1 && line.text.length <= HEADLINE_MAX_CHARS;
}

/** A headline: starts like a title, a few words, and does not end with a period or a colon. */
export function isHeadlineLike(line: Line): boolean {
  return (
    line.words >= HEADLINE_MIN_WORDS &&
    line.words <= HEADLINE_MAX_WORDS &&
    line.text.length <= HEADLINE_MAX_CHARS &&
    !ENDS_PERIOD.test(line.text) &&
    !ENDS_COLON.test(line.text) &&
    STARTS_LIKE_TITLE.test(line.text)
  );
}

export function endsWithSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}

/** Key for comparing lines: lower case, letters and digits only, single spaces. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Index of the first kept body-like line, or lines.length when there is none. */
export function firstBodyIndex(lines: readonly Line[]): number {
  const index = lines.findIndex((line) => isKept(line) && isBodyLike(line));
  return index === -1 ? lines.length : index;
}
