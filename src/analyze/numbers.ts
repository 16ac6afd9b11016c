import {
  DOZEN_WORD, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, SCALE_ABBREVIATIONS, VAGUE_NUMBER_WORDS, ZERO_WORDS,
} from "../lexicons/numbers.js";
import { CURRENCY_SIGNS, PERCENT_WORDS } from "../lexicons/units.js";
import { IRREGULAR_PLURALS, NOT_PLURAL_ENDINGS, PEOPLE_NOUNS } from "../lexicons/quantity-slots.js";
import { adjacent, type Token } from "./claim-tokens.js";

/** A number read from tokens: digits, digits with a scale, or words. */
export interface NumberParse {
  /** Plain decimal string ("38", "1200000", "6.1"). */
  value: string;
  number: number;
  /** Token range of the number itself (qualifiers not included), end exclusive. */
  start: number;
  end: number;
  /** "hundreds", "tens of thousands": an order of magnitude, never a claim. */
  vague?: boolean;
  /** "no": a zero that counts only before a slot noun ("no survivors"). */
  determinerNo?: boolean;
  /** "no one", "nobody": zero people, with no noun after. */
  impliedPeople?: boolean;
  /** Written in words ("thirty-eight", "one"). */
  spelled?: boolean;
  /** Followed by "%" / "percent" / "per cent" (included in the range). */
  percent?: boolean;
  /** A currency sign stood right before the digits. */
  currency?: string;
}

/** Digit groups: "1,200,000" is valid, "3,4" is not a number we can read safely. */
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_DIGITS = /^\d+(?:\.\d+)?$/;

/** Words a spelled number (or a zero, or a vague number) can start with; other words are not tried. */
export const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(), ...VAGUE_NUMBER_WORDS, ...ZERO_WORDS, "a", "an", "no",
]);

/** Read a number starting at token `i`, or null. Does not look at qualifiers. */
export function parseNumberAt(tokens: readonly Token[], i: number): NumberParse | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === "word" && !NUMBER_START_WORDS.has(token.lower) && numberWordValue(token.lower) === undefined) return null;
  const parsed = token.kind === "num" ? parseDigits(tokens, i) : token.kind === "word" ? parseWords(tokens, i) : null;
  if (!parsed || parsed.vague) return parsed;
  return withPercent(tokens, parsed);
}

function parseDigits(tokens: readonly Token[], i: number): NumberParse | null {
  const text = tokens[i]!.text;
  const grouped = text.indexOf(",") >= 0;
  if (grouped ? !GROUPED_DIGITS.test(text) : text.indexOf(".") >= 0 && !PLAIN_DIGITS.test(text)) return null;
  let digits = grouped ? text.replace(/,/g, "") : text;
  let end = i + 1;
  const sign = tokens[i - 1];
  const currency = sign && adjacent(sign, tokens[i]) ? CURRENCY_SIGNS.get(sign.text) : undefined;
  const next = tokens[end];
  // "1.5bn", "2m": an abbreviation glued to the digits.
  if (next && next.kind === "word" && adjacent(tokens[i], next) && SCALE_ABBREVIATIONS.has(next.lower)) {
    if (abbreviationIsScale(tokens, end, currency)) {
      digits = scaleDecimal(digits, SCALE_ABBREVIATIONS.get(next.lower)!);
      end++;
    }
  }
  // "2 million", "1.2 billion", "3 lakh".
  while (tokens[end]?.kind === "word" && NUMBER_SCALES.has(tokens[end]!.lower)) {
    digits = scaleDecimal(digits, NUMBER_SCALES.get(tokens[end]!.lower)!);
    end++;
  }
  return { value: normaliseDecimal(digits), number: Number(digits), start: i, end, ...(currency ? { currency } : {}) };
}

/**
 * "m" and "b" are million and billion after a currency sign or before a counted plural noun
 * ("$2m", "2m people"); otherwise "10m" is ten metres. "k", "bn", "mn" are always scales.
 */
function abbreviationIsScale(tokens: readonly Token[], at: number, currency: string | undefined): boolean {
  const abbreviation = tokens[at]!.lower;
  if (abbreviation !== "m" && abbreviation !== "b") return true;
  if (currency) return true;
  const after = tokens[at + 1];
  return !!after && after.kind === "word" && (PEOPLE_NOUNS.has(after.lower) || isPluralNoun(after.lower));
}

function parseWords(tokens: readonly Token[], i: number): NumberParse | null {
  const first = tokens[i]!.lower;
  if (VAGUE_NUMBER_WORDS.has(first)) return parseVague(tokens, i);
  if (ZERO_WORDS.has(first)) {
    const people = first === "nobody" || first === "no-one";
    return { value: "0", number: 0, start: i, end: i + 1, spelled: true, ...(people ? { impliedPeople: true } : {}) };
  }
  if (first === "no") {
    if (tokens[i + 1]?.lower === "one" && !NUMBER_SCALES.has(tokens[i + 2]?.lower ?? "")) {
      return { value: "0", number: 0, start: i, end: i + 2, spelled: true, impliedPeople: true };
    }
    return { value: "0", number: 0, start: i, end: i + 1, spelled: true, determinerNo: true };
  }
  let at = i;
  let total = 0;
  let current = 0;
  let read = false;
  // "a single drone": one, said so to stress it.
  if ((first === "a" || first === "one") && tokens[i + 1]?.lower === "single" && tokens[i + 2]?.kind === "word") {
    return { value: "1", number: 1, start: i, end: i + 2, spelled: true };
  }
  // "a dozen", "a hundred", "a million": the article stands for one.
  if ((first === "a" || first === "an") && (tokens[i + 1]?.lower === DOZEN_WORD || NUMBER_SCALES.has(tokens[i + 1]?.lower ?? ""))) {
    current = 1;
    at = i + 1;
  }
  for (; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== "word") break;
    const word = token.lower;
    const small = numberWordValue(word);
    if (small !== undefined) {
      if (read && current % 100 !== 0 && current % 10 === 0 && small < 10) current += small;
      else if (read && current !== 0 && current % 100 !== 0) break; // "two three": not one number
      else current += small;
      read = true;
    } else if (word === "hundred" && (read || current === 1)) {
      current = (current || 1) * 100;
      read = true;
    } else if (NUMBER_SCALES.has(word) && (read || current === 1)) {
      total += (current || 1) * 10 ** NUMBER_SCALES.get(word)!;
      current = 0;
      read = true;
    } else if (word === DOZEN_WORD && (read || current === 1)) {
      current = (current || 1) * 12;
      read = true;
    } else if (word === "and" && read && isNumberWord(tokens[at + 1]?.lower)) {
      continue;
    } else break;
  }
  if (!read) return null;
  const value = total + current;
  return { value: String(value), number: value, start: i, end: at, spelled: true };
}

/** "hundreds", "tens of thousands", "dozens of": consumed so nothing inside is read as a count. */
function parseVague(tokens: readonly Token[], i: number): NumberParse {
  let end = i + 1;
  if (tokens[end]?.lower === "of" && VAGUE_NUMBER_WORDS.has(tokens[end + 1]?.lower ?? "")) end += 2;
  return { value: "", number: NaN, start: i, end, vague: true };
}

/** "thirty-eight" → 38, "twelve" → 12, "forty" → 40; undefined for anything else ("two-day"). */
/** The value of one number word or a hyphenated pair ("two", "forty", "thirty-eight"), lower-cased. */
export function numberWordValue(word: string): number | undefined {
  const unit = NUMBER_UNITS.get(word) ?? NUMBER_TENS.get(word);
  if (unit !== undefined) return unit;
  const dash = word.indexOf("-");
  if (dash < 0) return undefined;
  const tens = NUMBER_TENS.get(word.slice(0, dash));
  const ones = NUMBER_UNITS.get(word.slice(dash + 1));
  return tens !== undefined && ones !== undefined && ones > 0 && ones < 10 ? tens + ones : undefined;
}

function isNumberWord(word: string | undefined): boolean {
  return word !== undefined && (numberWordValue(word) !== undefined || NUMBER_SCALES.has(word));
}

function withPercent(tokens: readonly Token[], parsed: NumberParse): NumberParse {
  const next = tokens[parsed.end];
  if (!next) return parsed;
  if (PERCENT_WORDS.has(next.lower)) return { ...parsed, end: parsed.end + 1, percent: true };
  if (next.lower === "per" && tokens[parsed.end + 1]?.lower === "cent") return { ...parsed, end: parsed.end + 2, percent: true };
  return parsed;
}

/** Multiply a decimal string by 10^power without floating-point error ("2.3", 6 → "2300000"). */
export function scaleDecimal(digits: string, power: number): string {
  const [whole = "0", fraction = ""] = digits.split(".");
  const padded = fraction.padEnd(power, "0");
  const integer = whole + padded.slice(0, power);
  const rest = padded.slice(power);
  return normaliseDecimal(rest ? `${integer}.${rest}` : integer);
}

/** "007" → "7", "2.50" → "2.5", "3.0" → "3". */
export function normaliseDecimal(digits: string): string {
  if (digits.indexOf(".") < 0 && (digits.length === 1 || digits.charCodeAt(0) !== 48)) return digits; // the common case
  let [whole = "0", fraction = ""] = digits.split(".");
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/(?<!0)0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "gunmen", "policemen", "fishermen", "servicemen": plural of "-man". */
const COMPOUND_MEN = /^[a-z]{2,}men$/;

/** A lower-case word that looks like a plural noun ("people", "countries", "missiles"). */
export function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (COMPOUND_MEN.test(word)) return true;
  return word.length > 2 && word.endsWith("s") && !NOT_PLURAL_ENDINGS.test(word) && /^[\p{L}-]+$/u.test(word);
}

/** The singular of a counted noun, for "count: <noun>" keys ("countries" → "country"). */
export function lemmaOf(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (COMPOUND_MEN.test(word)) return `${word.slice(0, -3)}man`;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !NOT_PLURAL_ENDINGS.test(word)) return word.slice(0, -1);
  return word;
}
