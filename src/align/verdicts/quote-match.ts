/**
 * Two renderings of one quote share most of their words: outlets trim a clause or translate a
 * word. Measured as overlap over the shorter quote so that an excerpt matches the full quote.
 */
const SAME_QUOTE_OVERLAP = 0.6;

export function sameQuote(a: string, b: string): boolean {
  if (a === b) return true;
  const wordsA = new Set(a.split(" "));
  const wordsB = new Set(b.split(" "));
  const [small, large] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SAME_QUOTE_OVERLAP;
}
