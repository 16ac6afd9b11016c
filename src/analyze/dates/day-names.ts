import { DAY_NAME_HEADS, DAY_ORDINAL_WORDS, HOLIDAY_WORDS, MONTHS } from "../../lexicons/calendar.js";

const POSSESSIVE_END = /['’]s?$/u;
const SPACES = /\s+/u;

/**
 * DAY_NAME: whether a capitalised name names a day, not a place:
 * - a holiday word is in it ("Christmas", "Easter Sunday", "Thanksgiving");
 * - it ends in "Day" or "Eve" after another word of the name ("Independence Day", "Labor Day"), or
 *   after a possessive the name was cut at ("Valentine's Day", "St Brendan's Day": the name read is
 *   "Day" and `before` ends in "Valentine's");
 * - it is a spelled ordinal of a month ("Fifth of November"), whole or cut at the month (a month ends a
 *   run of names, so the name read is "Fifth" and `after` begins " of November").
 * Read to deny a place reading (a person can be named "Day"; a day is never where an event was).
 */
export function isDayName(name: string, before = "", after = ""): boolean {
  const words = name.toLowerCase().split(SPACES).map((word) => word.replace(POSSESSIVE_END, ""));
  if (words.some((word) => HOLIDAY_WORDS.has(word))) return true;
  if (DAY_NAME_HEADS.has(words.at(-1)!) && (words.length > 1 || POSSESSIVE_END.test(before.trimEnd()))) return true;
  if (!DAY_ORDINAL_WORDS.has(words[0]!)) return false;
  const rest = words.length > 1 ? words.slice(1) : after.trimStart().toLowerCase().split(SPACES, 2);
  const month = rest[1] ?? "";
  // "the Fifth of November, …": a mark may close the month.
  return rest[0] === "of" && (MONTHS.has(month) || MONTHS.has(month.slice(0, -1)));
}
