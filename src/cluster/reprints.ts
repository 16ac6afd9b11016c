import { alphanumericWidth } from "../letter-width.js";
import type { AnalyzedArticle } from "../types.js";

/**
 * Share of the shorter report's word 5-grams that must appear in the other for the two to count as
 * copies of one text. Containment of the shorter, not Jaccard: a reprint with a new headline, a cut
 * ending or an added paragraph keeps most of the shorter text's shingles although Jaccard falls to
 * about 0.3; a light edit (a changed word) costs only the five shingles around it. Measured on
 * examples/ and seeds: reprints 1.0 (the edited copies in reprints.test.ts 0.5–0.7), independent reports of one event 0–0.05
 * (a shared quote of an official is a few shingles of hundreds).
 */
const REPRINT_CONTAINMENT = 0.4;
/** Words per shingle: long enough that common phrases ("said on Tuesday that the") rarely match. */
const SHINGLE_WORDS = 5;
/** Reports shorter than this many shingles (about two sentences) cannot be judged as copies. */
const MIN_SHINGLES = 20;

/** Group reports that are copies of one text. Only groups of two or more are returned. */
export function findReprintGroups(members: AnalyzedArticle[]): string[][] {
  // A lone report has no copy to find (and a long one's shingles cost a second per 5 MB).
  if (members.length < 2) return [];
  const shingles = members.map((m) => shingleSet(m.article.text));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    // Path compression, iteratively: a long chain of copies cannot exhaust the call stack.
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (reprintContainment(shingles[i]!, shingles[j]!) >= REPRINT_CONTAINMENT) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  members.forEach((m, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(m.article.id);
    else groups.set(root, [m.article.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Word 5-grams of a text, lower-cased, punctuation dropped, as a set of strings. */
export function shingleSet(text: string): Set<string> {
  const words = alphanumericRuns(text.toLowerCase());
  // Each shingle is cut from the words joined once, not joined anew: a report has thousands.
  const joined = words.join(" ");
  const starts: number[] = new Array(words.length + 1);
  starts[0] = 0;
  for (let i = 0; i < words.length; i++) starts[i + 1] = starts[i]! + words[i]!.length + 1;
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(joined.slice(starts[i]!, starts[i + SHINGLE_WORDS]! - 1));
  return out;
}

/** The runs of letters and numbers of a text (`match(/[\p{L}\p{N}]+/gu)`), read in place. */
function alphanumericRuns(text: string): string[] {
  const runs: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = at;
    for (let width = alphanumericWidth(text, end); width > 0; width = alphanumericWidth(text, end)) end += width;
    if (end === at) {
      at++;
      continue;
    }
    runs.push(text.slice(at, end));
    at = end;
  }
  return runs;
}

/** Share of the smaller set found in the larger; 0 when the smaller is too short to judge. */
export function reprintContainment(a: Set<string>, b: Set<string>): number {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  if (smaller.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const s of smaller) if (larger.has(s)) shared++;
  return shared / smaller.size;
}
