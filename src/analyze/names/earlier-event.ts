import { NAMED_EVENT_HEADS } from "../../lexicons/events.js";

/** Measures of named events: fires, storms, floods, hurricanes. */
const EVENT_MEASURES: ReadonlySet<string> = new Set([...NAMED_EVENT_HEADS, "hurricane", "typhoon", "cyclone"]);

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A named event a sentence holds up for comparison ("more deaths than Hurricane Ilse", "the worst
 * since the Halden Fire of 2019") is another event than the story's: it is no fact of this one.
 * Told by "than", or by a year before the report's.
 */
export function isEarlierEvent(measure: string, text: string, published: string | null): boolean {
  if (!EVENT_MEASURES.has(measure)) return false;
  if (/\bthan\b/i.test(text)) return true;
  const now = Number((published ?? "").slice(0, 4));
  return Number.isFinite(now) && now > 0 && [...text.matchAll(YEAR)].some((m) => Number(m[0]) < now);
}
