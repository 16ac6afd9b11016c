import type { AnalyzedArticle } from "../types.js";

/**
 * Share of the shorter report's sentences that must appear, word for word after normalising,
 * in the other for the two to count as copies of one text. Wire reprints change the headline,
 * cut the ending or add a paragraph, but keep most sentences; independent reports of one event
 * share almost none verbatim (measured on examples/: reprints 0.7–1.0, independent 0–0.1).
 */
const REPRINT_CONTAINMENT = 0.5;
/** Sentences shorter than this are too generic ("He said.") to show copying. */
const MIN_SENTENCE_WORDS = 6;
/** Reports with fewer distinctive sentences than this cannot be judged as copies. */
const MIN_SENTENCES = 2;

/** Group reports that are copies of one text. Only groups of two or more are returned. */
export function findReprintGroups(members: AnalyzedArticle[]): string[][] {
  const fingerprints = members.map(sentenceFingerprints);
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (containment(fingerprints[i]!, fingerprints[j]!) >= REPRINT_CONTAINMENT) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  members.forEach((m, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), m.article.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

function sentenceFingerprints(analyzed: AnalyzedArticle): Set<string> {
  const out = new Set<string>();
  for (const sentence of analyzed.sentences) {
    const words = sentence.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= MIN_SENTENCE_WORDS) out.add(words.join(" "));
  }
  return out;
}

function containment(a: Set<string>, b: Set<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size < MIN_SENTENCES) return 0;
  let shared = 0;
  for (const s of smaller) if (larger.has(s)) shared++;
  return shared / smaller.size;
}
