import { calendarIso } from "./calendar-date.js";
import { MONTHS } from "../../lexicons/calendar.js";

/**
 * A publish date written into a page's URL: "/2019/11/19/", "/2019-11-19-", "/20191119/",
 * "/2019/november/19/", "/2019/nov/19/". Less trusted than anything the page says (a URL may
 * carry the date a story was first filed), so it is the date only when the page names none; else
 * it only settles which way a day and month written with numbers read (metadata/index.ts).
 */

/** Year, month and day as path segments or joined with dashes or underscores; or eight digits alone. */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.+-]|$)/,
  /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
];

/** Year, month name and day as path segments. */
const MONTH_NAMED_DATE = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?=\/|$)/i;

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    // Some sites escape the whole path into the address ("example.com%2F2019%2F11%2F19%2F…").
    path = new URL(url.replace(/%2F/gi, "/").replace(/%2B/gi, "+"), "http://x.invalid").pathname;
  } catch {
    return null;
  }
  const named = MONTH_NAMED_DATE.exec(path);
  const month = named ? MONTHS.get(named[2]!.toLowerCase()) : undefined;
  if (named && month) return calendarIso(Number(named[1]), month, Number(named[3]));
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const iso = calendarIso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) return iso;
  }
  return null;
}
