/**
 * The scoring of the public article-extraction benchmark, re-implemented: tokens are Unicode
 * `\w+` runs, each text is a multiset of 4-token shingles (fewer when the text is shorter),
 * per page tp/fp/fn are normalised by their sum, page precision and recall are averaged over
 * pages and F1 is taken from the two averages.
 */

/** Python's re `\w` with re.UNICODE: letters, digits (any script) and the underscore. */
const TOKEN = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu;
const SHINGLE_TOKENS = 4;

export interface PageScore {
  precision: number;
  recall: number;
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const n = Math.min(tokens.length, SHINGLE_TOKENS);
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length && n > 0; i++) {
    const key = tokens.slice(i, i + n).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of expected) {
    const other = got.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of got) fp += Math.max(0, count - (expected.get(key) ?? 0));
  // As the reference scorer: no error at all is a perfect page, no overlap a zero page.
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

export function scoreSet(pages: readonly PageScore[]): SetScore {
  const count = Math.max(pages.length, 1);
  const precision = pages.reduce((sum, page) => sum + page.precision, 0) / count;
  const recall = pages.reduce((sum, page) => sum + page.recall, 0) / count;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}
