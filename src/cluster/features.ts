import type { AnalyzedArticle } from "../types.js";
import { COMMON_WORDS } from "../lexicons/common-words.js";
import { claimTerms } from "./claim-terms.js";
import { runningTallyTerms } from "./running-tallies.js";

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

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Build the vector that stands for one report in clustering. */
export function articleVector(analyzed: AnalyzedArticle): Vector {
  const raw = new Map<string, number>();
  const add = (term: string, weight: number) => raw.set(term, (raw.get(term) ?? 0) + weight);

  for (const mention of analyzed.entities) add(`e:${mention.key}`, ENTITY_WEIGHT);
  for (const claim of analyzed.claims) for (const term of claimTerms(claim)) add(term, CLAIM_WEIGHT);
  for (const term of runningTallyTerms(analyzed.claims)) add(term, CLAIM_WEIGHT);
  for (const word of contentWords(analyzed.article.title)) add(`w:${word}`, TITLE_WORD_WEIGHT);
  for (const word of contentWords(analyzed.article.text)) add(`w:${word}`, WORD_WEIGHT);

  // Damp repetition: a name said ten times is not ten times the evidence.
  const damped = [...raw].map(([term, weight]) => [term, 1 + Math.log(weight)] as [string, number]);
  damped.sort((a, b) => b[1] - a[1]);
  return normalise(new Map(damped.slice(0, MAX_TERMS)));
}

function* contentWords(text: string): Iterable<string> {
  for (const match of text.matchAll(WORD)) {
    const word = withoutPossessive(match[0].toLowerCase());
    if (word.length >= MIN_WORD_LENGTH && !COMMON_WORDS.has(word)) yield word;
  }
}

/** "mayor's" → "mayor" (an ending tested by its two characters: a pattern per word cost more than the word). */
function withoutPossessive(word: string): string {
  const n = word.length;
  const apostrophe = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 8217) ? word.slice(0, -2) : word;
}

export function normalise(vector: Vector): Vector {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const norm = Math.sqrt(sum) || 1;
  const out: Vector = new Map();
  for (const [term, weight] of vector) out.set(term, weight / norm);
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}
