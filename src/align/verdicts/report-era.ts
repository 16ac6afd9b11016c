import type { AnalyzedArticle } from "../../types.js";
import { dayNumber } from "../../cluster/index.js";

/** A year written out: a date that names one was placed by the report, not by its "now". */
const WRITTEN_YEAR = /\b\d{4}\b/;
const YEAR_DAYS = 365;

/**
 * The day a report speaks from: its publish day, or, for a report without one, the latest day it
 * names without a year ("early September 12", "on Sunday"), or else the story's middle publish day
 * (`reference`). A writer leaves the year out only of days near their own "now", so those days
 * tell when an undated report was written; days given with their year (a birth, an earlier
 * election) may be any time and tell nothing. A yearless day was read as the last one before
 * `reference`; half a year or more back, it may as well be the next one ("a government by April
 * 8", written in February): the nearer of the two is taken. A day read as coming after
 * `reference` (what a report says "is set" to happen "on June 18") is taken the same way: half a
 * year or more ahead, it is the one of the year before, told by a report written before that day.
 */
export function reportEra(analyzed: AnalyzedArticle, reference: number | null): number | null {
  const published = dayNumber(analyzed.article.published);
  if (published !== null) return published;
  let latest: number | null = null;
  for (const claim of analyzed.claims) {
    if (claim.kind !== "date" || claim.value.length !== 10 || WRITTEN_YEAR.test(claim.display)) continue;
    const read = dayNumber(claim.value);
    if (read === null) continue;
    const day = reference === null ? read : nearerYear(read, reference);
    if (latest === null || day > latest) latest = day;
  }
  return latest ?? reference;
}

/** Of a yearless day read as `read` and the same day a year earlier or later, the one nearer `reference`. */
function nearerYear(read: number, reference: number): number {
  if (reference - read > YEAR_DAYS / 2) return read + YEAR_DAYS;
  if (read - reference > YEAR_DAYS / 2) return read - YEAR_DAYS;
  return read;
}
