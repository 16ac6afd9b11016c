import { NUMBER_SCALES, QUANTITY_QUALIFIERS, SCALE_ABBREVIATIONS } from "../../../lexicons/numbers.js";
import { numberWordValue } from "../../numbers.js";
import { CURRENCY_PHRASES, CURRENCY_SIGNS, CURRENCY_WORDS } from "../../../lexicons/units.js";
import type { TaggedToken } from "../tagger.js";

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
/** "$1.5bn", "€40m": digits with a scale abbreviation glued on. */
const GLUED_SCALE = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/i;
const QUALIFIERS = new Map(QUANTITY_QUALIFIERS.filter(([phrase]) => !phrase.includes(" ")).map(([phrase, q]) => [phrase, q]));
const TWO_WORD_QUALIFIERS = new Map(QUANTITY_QUALIFIERS.filter(([phrase]) => phrase.split(" ").length === 2).map(([phrase, q]) => [phrase, q]));

/** A count written in digits or in one or two number words ("38", "1,200", "thirty-eight", "two"). */
export function parseCount(text: string): number | undefined {
  return DIGITS.test(text) ? Number(text.replace(/,/g, "")) : numberWordValue(text.toLowerCase());
}

export interface Amount {
  value: number;
  /** ISO-like lower-case code ("usd", "eur"). */
  currency: string;
  qualifier?: string;
  /** Token range, qualifier included; end exclusive. */
  first: number;
  end: number;
}

/** An amount of money at token `i`: "$2.1 billion", "€40m", "40 million euros", "an estimated €40 million". */
export function parseAmount(tokens: readonly TaggedToken[], i: number): Amount | null {
  const sign = CURRENCY_SIGNS.get(tokens[i]!.text);
  const at = sign ? i + 1 : i;
  const digits = tokens[at];
  if (!digits) return null;
  let value: number | undefined;
  let end = at + 1;
  const glued = GLUED_SCALE.exec(digits.text);
  if (glued && SCALE_ABBREVIATIONS.has(glued[2]!.toLowerCase())) {
    value = Number(glued[1]) * 10 ** SCALE_ABBREVIATIONS.get(glued[2]!.toLowerCase())!;
  } else if (DIGITS.test(digits.text)) {
    value = Number(digits.text.replace(/,/g, ""));
    const scale = NUMBER_SCALES.get(tokens[end]?.lower ?? "") ?? SCALE_ABBREVIATIONS.get(tokens[end]?.lower ?? "");
    if (scale !== undefined && tokens[end]!.lower !== "m") {
      value *= 10 ** scale;
      end++;
    }
  }
  if (value === undefined) return null;
  // "a $2-billion offer", "the 300-million-euro purchase": an amount made an adjective.
  const hyphenScale = glued ? undefined : compoundScale(tokens, end);
  if (hyphenScale !== undefined) {
    value *= 10 ** hyphenScale;
    end += 2;
  }
  let currency = sign;
  if (!currency) {
    const { word, country } = hyphenScale === undefined ? { word: end } : compoundCurrency(tokens, end);
    // "-HK-dollar": the letters say which dollar; letters no currency phrase knows leave it unread.
    const phrase = country ? undefined : CURRENCY_PHRASES.get(`${tokens[word]?.lower} ${tokens[word + 1]?.lower}`);
    currency = country ? CURRENCY_PHRASES.get(`${country} ${tokens[word]!.lower}`) : (phrase ?? CURRENCY_WORDS.get(tokens[word]?.lower ?? ""));
    if (!currency) return null;
    end = word + (phrase ? 2 : 1);
  }
  const qualified = qualifierBefore(tokens, i);
  return { value: Math.round(value * 100) / 100, currency, first: qualified?.first ?? i, end, ...(qualified?.qualifier ? { qualifier: qualified.qualifier } : {}) };
}

export function qualifierBefore(tokens: readonly TaggedToken[], i: number): { qualifier: string | null; first: number } | undefined {
  const one = tokens[i - 1];
  const two = tokens[i - 2];
  if (one && two && TWO_WORD_QUALIFIERS.has(`${two.lower} ${one.lower}`)) return { qualifier: TWO_WORD_QUALIFIERS.get(`${two.lower} ${one.lower}`)!, first: i - 2 };
  if (one && QUALIFIERS.has(one.lower)) return { qualifier: QUALIFIERS.get(one.lower)!, first: i - 1 };
  return undefined;
}

/** "-billion" glued to the digits before it: the scale's power of ten, or undefined. */
function compoundScale(tokens: readonly TaggedToken[], end: number): number | undefined {
  const [hyphen, scale] = [tokens[end], tokens[end + 1]];
  if (!hyphen || !scale || hyphen.text !== "-" || !glued(tokens[end - 1]!, hyphen) || !glued(hyphen, scale)) return undefined;
  return NUMBER_SCALES.get(scale.lower);
}

/** Most tokens of a country's letters between a compound amount and its currency word ("U", ".", "S.", "-"). */
const MAX_COUNTRY_TOKENS = 4;
/** A piece of a country's letters as the tagger splits them: "U", ".", "S.", "HK", and the hyphen after them. */
const COUNTRY_LETTERS = /^(?:[A-Z]+\.?|\.|-)$/;

/**
 * Where the currency word of a compound amount stands, each piece glued to the one before: right
 * after a hyphen ("300-million-euro"), or after a country's capital letters that say whose
 * currency it is ("-U.S.-dollar", "-HK-dollar"), given back as they name it in a currency phrase
 * ("us"). `word` is `end` when there is none.
 */
function compoundCurrency(tokens: readonly TaggedToken[], end: number): { word: number; country?: string } {
  if (tokens[end]?.text !== "-" || !glued(tokens[end - 1]!, tokens[end]!)) return { word: end };
  for (let k = end + 1; k <= end + 1 + MAX_COUNTRY_TOKENS && tokens[k] && glued(tokens[k - 1]!, tokens[k]!); k++) {
    if (CURRENCY_WORDS.has(tokens[k]!.lower)) {
      if (tokens[k - 1]!.text !== "-") return { word: end };
      const country = tokens.slice(end + 1, k - 1).map((t) => t.lower.replace(/[.-]/g, "")).join("");
      return country ? { word: k, country } : { word: k };
    }
    if (!COUNTRY_LETTERS.test(tokens[k]!.text)) return { word: end };
  }
  return { word: end };
}

function glued(a: TaggedToken, b: TaggedToken): boolean {
  return a.end === b.start;
}
