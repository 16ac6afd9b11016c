/** Dates in words for a reader, as every surface shows them (the brief, Markdown, the web UI). */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An ISO date and time as reports give it: the time and zone are shown as written, not converted. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * "2026-03-03" → "3 Mar 2026", "2026-03" → "Mar 2026", "2026-03-03T14:05:00+02:00" →
 * "3 Mar 2026, 14:05 UTC+02:00"; anything else as it is.
 */
export function formatDate(iso: string): string {
  const timed = ISO_DATE_TIME.exec(iso);
  if (timed) {
    const [, day, time, zone] = timed;
    return `${formatDate(day!)}, ${time}${zone === "Z" ? " UTC" : zone ? ` UTC${zone}` : ""}`;
  }
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return [day && String(Number(day)), month && MONTHS[Number(month) - 1], year].filter(Boolean).join(" ");
}

/** First and last publish dates (both known or neither) as one range. */
export function formatDateRange(first: string | null, last: string | null): string {
  if (!first || !last) return "undated";
  const [from, to] = [dayOf(first), dayOf(last)];
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** The day of a date that may carry a time: a range of days reads better without the hours. */
function dayOf(iso: string): string {
  return ISO_DATE_TIME.exec(iso)?.[1] ?? iso;
}

/** A fact's value as written, with dates (normalised to ISO by the analyzer) in words. */
export function formatValue(kind: string, display: string): string {
  return kind === "date" ? formatDate(display) : display;
}
