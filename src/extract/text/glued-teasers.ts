import { isKept, isProse, makeLine, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import {
  GLUED_HEADLINE_CAPITALIZED_RATIO,
  GLUED_HEADLINE_MIN_WORDS,
  GLUED_SUMMARY_MAX_CAPITALIZED_RATIO,
  GLUED_SUMMARY_MIN_WORDS,
} from "./thresholds.js";

/**
 * "Tape Delay Ends the Harbour Team's Title RunThe captain said the clock …": a scraper that joins
 * a teaser's headline and summary without a space leaves a lower-case letter followed by a capital
 * in the middle of a word. A camel-cased brand ("the new PlayStation", "MacBook") does the same, so
 * a junction is a glued teaser only when every one of these holds:
 *   - the part before it is a Title Case headline: at least GLUED_HEADLINE_MIN_WORDS words, no
 *     period inside, at least GLUED_HEADLINE_CAPITALIZED_RATIO of its words capitalised (a body
 *     sentence that runs into a brand is in sentence case);
 *   - the part after it is sentence-case prose of at least GLUED_SUMMARY_MIN_WORDS words;
 *   - the word at the junction has at least JUNCTION_LEFT_MIN_LETTERS letters before the capital
 *     (name prefixes "Mc", "Le", "i" are short), and the joined word occurs nowhere else on the
 *     page (a brand is named again; a glue artefact such as "RunThe" is not).
 * Title Case headlines are an English habit; in other languages the rule rarely fires, which is
 * the safe way round.
 */
const JUNCTION = /^((?:\S+\s){3,}?\S*?\p{Ll})(\p{Lu}(?:\p{Ll}|\s).*)$/u;
const JUNCTION_LEFT_MIN_LETTERS = 3;
/** A lower-case letter directly followed by a capital: a cheap test that gates JUNCTION. */
const CASE_CHANGE = /\p{Ll}\p{Lu}/u;
/** A period inside the headline part ("Gov. Jane Roe…") means a sentence or an abbreviation, not a headline; "?" and "!" occur in headlines. */
const PERIOD_INSIDE = /\.["'”’)]*\s/;
const CAPITALIZED = /^["“‘(«]?\p{Lu}/u;
const LETTERS_AT_END = /(?<!\p{L})\p{L}+$/u;
const LETTERS_AT_START = /^\p{L}+/u;

/** Mark kept lines that are a headline glued to its summary (EXTRACT_DROP_TEASER). */
export function markGluedTeasers(lines: readonly Line[]): void {
  let pageText: string | null = null;
  for (const line of lines) {
    if (!isKept(line)) continue;
    const joined = gluedJoin(line);
    if (!joined) continue;
    pageText ??= lines.map((other) => other.text).join("\n");
    if (occurrences(pageText, joined) <= 1) line.rule = RULE.TEASER;
  }
}

/** The joined word at a headline/summary junction of the line, or null when the line has none. */
export function gluedJoin(line: Line): string | null {
  if (line.words < GLUED_HEADLINE_MIN_WORDS + GLUED_SUMMARY_MIN_WORDS || !CASE_CHANGE.test(line.text)) return null;
  const match = JUNCTION.exec(line.text);
  if (!match) return null;
  const headline = match[1]!;
  const summary = makeLine(match[2]!);
  const headlineWords = headline.split(" ");
  if (headlineWords.length < GLUED_HEADLINE_MIN_WORDS || PERIOD_INSIDE.test(headline)) return null;
  if (capitalizedShare(headlineWords) < GLUED_HEADLINE_CAPITALIZED_RATIO) return null;
  if (summary.words < GLUED_SUMMARY_MIN_WORDS || !isProse(summary)) return null;
  if (capitalizedShare(summary.text.split(" ")) > GLUED_SUMMARY_MAX_CAPITALIZED_RATIO) return null;
  const left = LETTERS_AT_END.exec(headline)?.[0] ?? "";
  if (left.length < JUNCTION_LEFT_MIN_LETTERS) return null;
  return left + (LETTERS_AT_START.exec(summary.text)?.[0] ?? "");
}

function capitalizedShare(words: readonly string[]): number {
  return words.filter((word) => CAPITALIZED.test(word)).length / words.length;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
