/** Dates and counts in words for a reader. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-03" → "3 Mar 2026", "2026-03" → "Mar 2026"; anything else as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return [day && String(Number(day)), month && MONTHS[Number(month) - 1], year].filter(Boolean).join(" ");
}

/** First and last publish dates (both known or neither) as one range. */
export function formatDateRange(first: string | null, last: string | null): string {
  if (!first || !last) return "undated";
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** "1 report", "5 reports"; nouns with an irregular plural pass it. */
export function countOf(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : nouns}`;
}

/** A fact's value as written, with dates (normalised to ISO by the analyzer) in words. */
export function formatValue(kind: string, display: string): string {
  return kind === "date" ? formatDate(display) : display;
}
