import type { AnalyzedArticle } from "../types.js";
import { COMMON_WORDS } from "../lexicons/common-words.js";
import { claimTerms } from "./claim-terms.js";
import { runningTallyTerms } from "./running-tallies.js";
import { letterWidth } from "../letter-width.js";

/** A sparse, L2-normalised term vector. */
export type Vector = Map<string, number>;

/**
 * Weights of each kind of evidence that two reports tell one event. Names and places say the most;
 * a shared checkable value (the same toll, the same date of the same incident) says more than a
 * shared common word. Calibrated with DEFAULT_OPTIONS.cluster.joinThreshold on seeds and examples.
 */
const ENTITY_WEIGHT = 3;
const CLAIM_WEIGHT = 2;
const TITLE_WORD_WEIGHT = 2;
const WORD_WEIGHT = 1;
/** Words shorter than this are mostly function words and inflection stubs. */
const MIN_WORD_LENGTH = 4;
/** Only the strongest terms of a report are kept: enough to place it, and bounded cost per report. */
const MAX_TERMS = 80;

/** Build the vector that stands for one report in clustering. */
export function articleVector(analyzed: AnalyzedArticle): Vector {
  const raw = new Map<string, number>();
  const add = (term: string, weight: number) => raw.set(term, (raw.get(term) ?? 0) + weight);

  for (const mention of analyzed.entities) add(`e:${mention.key}`, ENTITY_WEIGHT);
  for (const claim of analyzed.claims) for (const term of claimTerms(claim)) add(term, CLAIM_WEIGHT);
  for (const term of runningTallyTerms(analyzed.claims)) add(term, CLAIM_WEIGHT);
  for (const word of contentWords(analyzed.article.title)) add(`w:${word}`, TITLE_WORD_WEIGHT);
  for (const word of contentWords(analyzed.article.text)) add(`w:${word}`, WORD_WEIGHT);

  return normalise(strongest(raw, MAX_TERMS));
}

/**
 * The `count` strongest terms, damped, strongest first and equals in the order they came (as a
 * stable sort of all of them would leave them). A report has hundreds of distinct words: only
 * the weights are sorted in full, to find the weakest one kept.
 */
function strongest(raw: ReadonlyMap<string, number>, count: number): Vector {
  const terms: string[] = [];
  const weights: number[] = [];
  // Damp repetition: a name said ten times is not ten times the evidence.
  raw.forEach((weight, term) => {
    terms.push(term);
    weights.push(1 + Math.log(weight));
  });
  let kept = terms.map((_, i) => i);
  if (terms.length > count) {
    const weakest = Float64Array.from(weights).sort()[terms.length - count]!;
    const above = kept.filter((i) => weights[i]! > weakest);
    const ties = kept.filter((i) => weights[i] === weakest);
    kept = [...above, ...ties.slice(0, count - above.length)];
  }
  kept.sort((a, b) => weights[b]! - weights[a]! || a - b);
  const out: Vector = new Map();
  for (const i of kept) out.set(terms[i]!, weights[i]!);
  return out;
}

/** Words of at least MIN_WORD_LENGTH letters that are not common words, lower-cased, in order. */
function contentWords(text: string): string[] {
  const words: string[] = [];
  for (let at = 0; at < text.length; ) {
    const width = letterWidth(text, at);
    if (width === 0) {
      at++;
      continue;
    }
    const end = wordEnd(text, at + width);
    const word = withoutPossessive(text.slice(at, end).toLowerCase());
    if (word.length >= MIN_WORD_LENGTH && !COMMON_WORDS.has(word)) words.push(word);
    at = end;
  }
  return words;
}

/** The end of a word whose first letter ends at `at`: letters, apostrophes and hyphens (`\p{L}[\p{L}'’-]*`). */
function wordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const code = text.charCodeAt(end);
    const width = code === 39 || code === 8217 || code === 45 ? 1 : letterWidth(text, end);
    if (width === 0) return end;
    end += width;
  }
}

/** "mayor's" → "mayor" (an ending tested by its two characters: a pattern per word cost more than the word). */
function withoutPossessive(word: string): string {
  const n = word.length;
  const apostrophe = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 8217) ? word.slice(0, -2) : word;
}

// Vectors are read with forEach: `for…of` over a Map's entries made an array per entry (cosine
// allocated about 100 MB per 1,000 reports in an allocation profile of clustering).
export function normalise(vector: Vector): Vector {
  let sum = 0;
  vector.forEach((weight) => (sum += weight * weight));
  const norm = Math.sqrt(sum) || 1;
  const out: Vector = new Map();
  vector.forEach((weight, term) => out.set(term, weight / norm));
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((weight, term) => (dot += weight * (large.get(term) ?? 0)));
  return dot;
}
