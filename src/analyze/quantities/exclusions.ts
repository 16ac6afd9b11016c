import {
  CAPITALISED_BEFORE_COUNT_OK, IDENTIFIER_NOUNS, NOUN_SLOTS, PEOPLE_NOUNS,
} from "../../lexicons/quantity-slots.js";
import { AGE_MARKERS_BEFORE, CLOCK_MARKERS, MEASURE_UNITS, TIME_UNITS } from "../../lexicons/units.js";
import { adjacent, type Token } from "../claim-tokens.js";
import { isPluralNoun, type NumberParse } from "../numbers.js";

/**
 * Why a number is not a count of anything that happened, or null when it may be one.
 * Rule ids: QTY_SKIP_CODE, QTY_SKIP_IDENTIFIER, QTY_SKIP_ORDINAL, QTY_SKIP_TIME, QTY_SKIP_AGE,
 * QTY_SKIP_COMPOUND, QTY_SKIP_YEAR. (Dates are masked before, durations are found from the
 * counted noun in quantity-context.ts.)
 */
export function exclusionOf(tokens: readonly Token[], phraseStart: number, number: NumberParse): string | null {
  if (number.spelled) return null;
  const first = tokens[number.start]!;
  const before = tokens[number.start - 1];
  const last = tokens[number.end - 1]!;
  const after = tokens[number.end];
  if (isCode(tokens, number)) return "QTY_SKIP_CODE";
  // "MH17", "A320": letters glued before the digits.
  if (before?.kind === "word" && adjacent(before, first)) return "QTY_SKIP_IDENTIFIER";
  if (after?.kind === "word" && adjacent(last, after) && !number.percent) {
    if (/^(?:st|nd|rd|th)$/.test(after.lower)) return "QTY_SKIP_ORDINAL";
    if (CLOCK_MARKERS.has(after.lower)) return "QTY_SKIP_TIME";
    if (!MEASURE_UNITS.has(after.lower) && !TIME_UNITS.has(after.lower)) return "QTY_SKIP_IDENTIFIER";
  }
  if (after && CLOCK_MARKERS.has(after.lower) && !number.percent) return "QTY_SKIP_TIME";
  if (isAge(tokens, number)) return "QTY_SKIP_AGE";
  // "6.1-magnitude", "a 12-member team", "10-month": a compound adjective, not a count.
  if (after?.text === "-" && adjacent(last, after) && tokens[number.end + 1]?.kind === "word") return "QTY_SKIP_COMPOUND";
  if (isIdentifier(tokens, phraseStart, number)) return "QTY_SKIP_IDENTIFIER";
  if (isYear(tokens, phraseStart, number)) return "QTY_SKIP_YEAR";
  return null;
}

/** Digits joined to other digits by "-", "/", ":", "+", "." ("09-10-2025", "+91-720", "20:23"). */
function isCode(tokens: readonly Token[], number: NumberParse): boolean {
  const before = tokens[number.start - 1];
  const after = tokens[number.end];
  if (before && adjacent(before, tokens[number.start]) && before.kind === "punct" && "-/:+#.".includes(before.text)) {
    const digitBefore = tokens[number.start - 2];
    if (before.text === "+" || before.text === "#" || (digitBefore?.kind === "num" && adjacent(digitBefore, before))) return true;
  }
  if (after && adjacent(tokens[number.end - 1], after) && after.kind === "punct" && "-/:".includes(after.text)) {
    const digitAfter = tokens[number.end + 1];
    if (digitAfter?.kind === "num" && adjacent(after, digitAfter)) return true;
  }
  return false;
}

/** "aged 45", "a 45-year-old", "45 years old", "John Smith, 45, said". */
function isAge(tokens: readonly Token[], number: NumberParse): boolean {
  const before = tokens[number.start - 1];
  const after = tokens[number.end];
  if (before && AGE_MARKERS_BEFORE.has(before.lower)) return true;
  const next = tokens[number.end + 1];
  if (after?.text === "-" && next && /^(?:year|years|month|months|week|day)-old$/.test(next.lower)) return true;
  if (after && /^years?$/.test(after.lower) && next?.lower === "old") return true;
  const name = tokens[number.start - 2];
  return before?.text === "," && name?.kind === "word" && name.cap && (after?.text === "," || after?.text === ")") && number.number < 120;
}

/**
 * "Flight 217", "Airbus 320", "No. 5": a noun of naming, or a capitalised word that is not
 * one of the sentence words allowed there ("Killing 38", "Of the 67"), right before the number.
 */
function isIdentifier(tokens: readonly Token[], phraseStart: number, number: NumberParse): boolean {
  if (phraseStart !== number.start || number.percent) return false;
  const before = tokens[number.start - 1];
  if (!before) return false;
  if (before.text === "." && IDENTIFIER_NOUNS.has(tokens[number.start - 2]?.lower ?? "")) return true;
  if (before.kind !== "word") return false;
  if (IDENTIFIER_NOUNS.has(before.lower)) return true;
  return before.cap && !CAPITALISED_BEFORE_COUNT_OK.has(before.lower);
}

/** Words before a four-digit number that make it a year ("in 2014", "since 1990"). */
const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  "in", "since", "of", "by", "until", "from", "during", "the", "before", "after", "early", "late", "mid", "year",
  "copyright", "©", "between", "and", "to", "through", "circa", "c",
]);

/**
 * A whole number from 1900 to 2100 with no separator, scale or percent is a year, unless it
 * counts a noun ("2000 people were evacuated") and no year preposition stands before it.
 */
function isYear(tokens: readonly Token[], phraseStart: number, number: NumberParse): boolean {
  const text = tokens[number.start]!.text;
  if (number.end - number.start !== 1 || !/^\d{4}$/.test(text) || number.number < 1900 || number.number > 2100) return false;
  const before = tokens[phraseStart - 1];
  if (before && YEAR_CONTEXT.has(before.lower)) return true;
  const after = tokens[number.end];
  if (!after || after.kind !== "word" || after.cap) return true;
  const countsSomething = PEOPLE_NOUNS.has(after.lower) || NOUN_SLOTS.has(after.lower) || isPluralNoun(after.lower);
  return !countsSomething;
}
