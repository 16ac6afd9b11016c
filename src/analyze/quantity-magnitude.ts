import { SEISMIC_WORDS } from "../lexicons/quantity-slots.js";
import type { Claim, Sentence, Span } from "../types.js";
import type { Token } from "./claim-tokens.js";
import { normaliseDecimal } from "./numbers.js";

/**
 * Earthquake magnitudes: "magnitude 6.1", "magnitude-6.1", "a magnitude of 6.1", "6.1-magnitude",
 * "6.1 magnitude", "6.1 on the Richter scale", and "measuring 6.1" in a seismic sentence.
 * A magnitude is one or two digits with at most two decimals.
 */
const MAGNITUDE_PATTERN =
  /\b[Mm]agnitude(?:-|\s+(?:of\s+)?)(?<a>\d{1,2}(?:\.\d{1,2})?)(?![\d.,]\d)|\b(?<b>\d{1,2}(?:\.\d{1,2})?)(?:-|\s+)magnitude\b|\b(?<c>\d{1,2}(?:\.\d{1,2})?)\s+on\s+the\s+Richter\b|\bmeasur(?:ing|ed)\s+(?<d>\d{1,2}(?:\.\d{1,2})?)\b(?!\s*(?:%|km|kilomet|met|mile|feet|foot|ft|cm|mm|inch|per))/gu;

/** Cheap test before the full pattern: most sentences have none of these. */
const MAGNITUDE_HINT = /agnitude|easur|Richter/;

/** Magnitude claims of one sentence, and the spans of their numbers (masked from other counts). */
export function findMagnitudeClaims(sentence: Sentence, tokens: readonly Token[]): { claims: Claim[]; masked: Span[] } {
  const claims: Claim[] = [];
  const masked: Span[] = [];
  if (!MAGNITUDE_HINT.test(sentence.text)) {
    return { claims, masked };
  }
  for (const match of sentence.text.matchAll(MAGNITUDE_PATTERN)) {
    const groups = match.groups!;
    const digits = groups.a ?? groups.b ?? groups.c ?? groups.d!;
    if (groups.d && !tokens.some((t) => SEISMIC_WORDS.has(t.lower))) continue;
    const offset = match.index + match[0].indexOf(digits);
    const start = sentence.start + offset;
    const span = { start, end: start + digits.length };
    masked.push(span);
    const value = normaliseDecimal(digits);
    claims.push({
      kind: "quantity", key: "magnitude", value, number: Number(value), display: match[0], sentence: sentence.index,
      span, rule: "QTY_MAGNITUDE",
    });
  }
  return { claims, masked };
}
