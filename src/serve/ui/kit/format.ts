/** Counts in words for a reader; dates come from the report stage, shared with the brief. */
export { formatDate, formatDateRange, formatValue } from "../../../report/date-words.js";

/** "1 report", "5 reports"; nouns with an irregular plural pass it. */
export function countOf(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : nouns}`;
}
