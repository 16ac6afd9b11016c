import { SEISMIC_WORDS } from "../../lexicons/quantity-slots.js";
import type { Claim, Sentence, Span } from "../../types.js";
import { defineTokenRole, type Token } from "../claim-tokens.js";
import { normaliseDecimal } from "../numbers.js";

/**
 * Earthquake magnitudes: "magnitude 6.1", "magnitude-6.1", "a magnitude of 6.1", "6.1-magnitude",
 * "6.1 magnitude", "6.1 on the Richter scale", and "measuring 6.1" in a seismic sentence.
 * A magnitude is one or two digits with at most two decimals.
 */
const DECIMAL = String.raw`\d{1,2}(?:\.\d{1,2})?`;
const MAGNITUDE_PATTERN = new RegExp(
  [
    String.raw`\b[Mm]agnitude(?:-|\s+(?:of\s+)?)(?<a>${DECIMAL})(?![\d.,]\d)`,
    String.raw`\b(?<b>${DECIMAL})(?:-|\s+)magnitude\b`,
    String.raw`\b(?<c>${DECIMAL})\s+on\s+the\s+Richter\b`,
    String.raw`\bmeasur(?:ing|ed)\s+(?:(?<q>up\s+to|about|around|nearly|almost|at\s+least|more\s+than)\s+)?(?<d>${DECIMAL})\b` +
      String.raw`(?!\s*(?:%|km|kilomet|met|mile|feet|foot|ft|cm|mm|inch|per))`,
  ].join("|"),
  "gu",
);

const MAGNITUDE_QUALIFIERS: Record<string, string> = {
  "up to": "up to", about: "about", around: "about", nearly: "nearly", almost: "nearly", "at least": "at least", "more than": "more than",
};

/**
 * Seismic nouns a magnitude can belong to. "tremor" is left out: it names either ("the strongest
 * of them [aftershocks] a magnitude 4.7 tremor").
 */
const SEISMIC_NOUNS: Record<string, string> = {
  earthquake: "earthquake", earthquakes: "earthquake", quake: "earthquake", quakes: "earthquake",
  temblor: "earthquake", aftershock: "aftershock", aftershocks: "aftershock",
};

/** The seismic noun nearest (in characters) to an offset: "earthquake" or "aftershock". */
function nearestSeismicNoun(tokens: readonly Token[], offset: number): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const token of tokens) {
    const noun = SEISMIC_NOUNS[token.lower];
    if (!noun) continue;
    const distance = Math.abs(token.start - offset);
    if (distance < bestDistance) {
      best = noun;
      bestDistance = distance;
    }
  }
  return best;
}

/** Words one of which every magnitude phrase contains: other sentences are skipped. */
export const MAGNITUDE_HINT = defineTokenRole(["magnitude", "measuring", "measured", "richter"]);

/** Magnitude claims of one sentence, and the spans of their numbers (masked from other counts). */
export function findMagnitudeClaims(sentence: Sentence, tokens: readonly Token[]): { claims: Claim[]; masked: Span[] } {
  const claims: Claim[] = [];
  const masked: Span[] = [];
  for (const match of sentence.text.matchAll(MAGNITUDE_PATTERN)) {
    const groups = match.groups!;
    const digits = groups.a ?? groups.b ?? groups.c ?? groups.d!;
    if (groups.d && !tokens.some((t) => SEISMIC_WORDS.has(t.lower))) continue;
    const offset = match.index + match[0].indexOf(digits);
    const start = sentence.start + offset;
    const span = { start, end: start + digits.length };
    masked.push(span);
    const value = normaliseDecimal(digits);
    // Aftershocks have their own magnitudes; they must not contradict the main quake's.
    const aftershocks = nearestSeismicNoun(tokens, span.start) === "aftershock";
    const qualifier = groups.q ? MAGNITUDE_QUALIFIERS[groups.q.replace(/\s+/g, " ")] : undefined;
    claims.push({
      kind: "quantity", key: aftershocks ? "magnitude: aftershock" : "magnitude", value, number: Number(value),
      display: match[0], ...(qualifier ? { qualifier } : {}), sentence: sentence.index, span, rule: "QTY_MAGNITUDE",
    });
  }
  return { claims, masked };
}
