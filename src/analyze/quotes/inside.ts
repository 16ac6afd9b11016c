import type { QuoteSpan } from "./spans.js";

/**
 * Whether an offset lies inside any of the quote spans, asked for every mention near a quote: a
 * binary search over the spans sorted by start, with the furthest end reached so far, instead of
 * a scan of every span per question (quadratic in a long report's quotes).
 */
export function insideAnyQuote(spans: readonly QuoteSpan[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) furthestEnd.push((furthest = Math.max(furthest, span.end)));
  return (at) => {
    // The spans starting at or before `at` are a prefix; one of them holds `at` if the furthest end among them is beyond it.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    return low > 0 && furthestEnd[low - 1]! > at;
  };
}
