import { calendarIso } from "./calendar-date.js";

/**
 * A publish date written into a page's URL: "/2019/11/19/", "/2019-11-19-", "/20191119/".
 * Less trusted than anything the page says (a URL may carry the date a story was first filed),
 * so it is read only when the page names no date.
 */

/** Year, month and day as path segments or joined with dashes or underscores; or eight digits alone. */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
  /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
];

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, "http://x.invalid").pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const iso = calendarIso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) return iso;
  }
  return null;
}
