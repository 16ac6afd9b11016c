import type { Claim, Sentence } from "../../../types.js";
import { NUMBERED_EVENT_HEADS } from "../../../lexicons/events.js";
import type { TaggedToken } from "../tagger.js";

/** Key prefix of an edition frame: which edition of a numbered event a report's event is. */
export const EDITION_KEY_PREFIX = "edition: ";

/** A sentence may name a numbered edition: a capitalised word, then a Roman numeral of two letters or more. */
export const EDITION_HINT = /\b\p{Lu}\p{Ll}+ [IVXLC]{2,}\b/u;

/** A Roman numeral as written in names (subtractive pairs only where Roman numerals have them). */
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Words that make an edition named in a sentence an earlier one the report looks back on ("the
 * first time since Harbour Bowl IX", "two years ago in Harbour Bowl X", "the previous Games"):
 * no claim about which edition the report's own event is.
 */
const LOOKING_BACK: ReadonlySet<string> = new Set(["since", "ago", "previous", "last", "earlier", "former", "before", "prior", "until"]);
/** A year written out dates the edition it stands near, most often an earlier one. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * FRAME_EDITION: "the Rovers won Harbour Bowl XII", "Games XXV open in Harbin": a numbered event's
 * name and its Roman numeral say which edition the report tells of. Two reports of one story that
 * name different editions of one series disagree on which event it was (a report that also looks
 * back on an earlier edition with "since", "ago" or a year states nothing here).
 */
export function findEditionClaims(sentence: Sentence, tokens: readonly TaggedToken[]): Claim[] {
  if (tokens.some((t) => LOOKING_BACK.has(t.lower) || YEAR.test(t.text))) return [];
  const claims: Claim[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const numeral = tokens[k]!;
    const head = tokens[k - 1]!;
    if (!ROMAN.test(numeral.text) || head.pos !== "PROPN" || !NUMBERED_EVENT_HEADS.has(head.lower)) continue;
    let first = k - 1;
    while (first > 0 && tokens[first - 1]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
    const series = tokens.slice(first, k).map((t) => t.text).join(" ");
    const n = romanValue(numeral.text);
    const span = { start: tokens[first]!.start, end: numeral.end };
    claims.push({
      kind: "quantity",
      key: `${EDITION_KEY_PREFIX}${series.toLowerCase()}`,
      measure: `which ${series}`,
      value: String(n),
      number: n,
      display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      valueType: "ordinal",
      comparable: true,
      sentence: sentence.index,
      span,
      rule: "FRAME_EDITION",
    });
  }
  return claims;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
