/** Counts in words for a reader; dates come from the report stage, shared with the brief. */
export { formatDate, formatDateRange, formatValue } from "../../../report/date-words.js";

/**
 * Counts with thousands separators ("1,204"). Made once, as the module loads: the process's first
 * number formatted for a locale sets up ICU's data, a tenth of a second or more, which would
 * otherwise fall on a server's first story page, with every reader waiting behind it.
 */
const COUNTS = new Intl.NumberFormat("en-US");

/** "1,204", as COUNTS writes it. */
export function formatCount(n: number): string {
  return COUNTS.format(n);
}

/** "1 report", "5 reports"; nouns with an irregular plural pass it. */
export function countOf(n: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : nouns}`;
}
