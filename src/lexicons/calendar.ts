/**
 * Month and weekday names, read by analyze/dates/patterns.ts and by the place finders (a month
 * is never a place). Capitalised forms are what the date patterns match: a lower-case "may" or
 * "march" is a verb.
 */

/** Full month names and accepted abbreviations, to month number 1–12. Lower-case keys. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7],
  ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9],
  ["oct", 10], ["nov", 11], ["dec", 12],
]);

/** Weekday names to JavaScript day numbers (Sunday = 0). Lower-case keys. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

/**
 * How many days after the publish date a day-and-month date without a year may fall and still be
 * this year (a report can announce an event a few days ahead). Later than that, it is last year's:
 * news mostly reports the past. Coupled to date-resolve.ts.
 */
export const FUTURE_TOLERANCE_DAYS = 7;

/**
 * Lines that are publish or update stamps, not claims ("Updated: 09-10-2025", "Published 9 October").
 * Lower-case prefixes of a sentence or words right before the date.
 */
export const STAMP_WORDS: ReadonlySet<string> = new Set([
  "updated", "published", "posted", "created", "modified", "date", "dated", "last updated", "first published",
  "copyright", "©",
]);

/**
 * Words before a date in its sentence that put it in the future ("elections will be held on
 * December 21", "talks are due to resume on Monday"): such dates resolve forward from the publish
 * date instead of back. Lower-case.
 */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  "will", "shall", "would", "due", "scheduled", "expected", "planned", "upcoming", "next", "forthcoming", "'ll", "’ll",
  // Present-tense scheduling verbs: "the new assembly meets on 15 June", "the ban takes effect on June 1".
  "meets", "begins", "opens", "starts", "resumes", "reopens", "convenes", "reconvenes", "holds", "returns",
  "closes", "ends", "expires", "takes", "goes", "hears", "launches", "kicks",
]);
/**
 * Markers that speak of the future only before "to"/"for" ("set to meet", but "set fire"), and
 * verbs of intent that do so before "to" ("was going to form a government by 20 April", "aims to
 * finish by June"): what someone means to do comes after they said it. Their past forms ("wanted
 * to leave on 3 May") tell of plans already past as often.
 */
export const FUTURE_MARKERS_BEFORE_TO: ReadonlySet<string> = new Set(["set", "slated", "poised", "going", "aims", "intends", "plans", "hopes", "wants"]);
/** How far before a date (tokens) a future marker still governs it. */
export const FUTURE_MARKER_WINDOW = 10;

/**
 * Feasts and holidays named by one word: alone or with "Day", "Eve" or a weekday ("Christmas Eve",
 * "Easter Sunday") they name a day, never a place ("over Thanksgiving", "at Christmas"). Read by
 * analyze/dates/day-names.ts. Lower-case.
 */
export const HOLIDAY_WORDS: ReadonlySet<string> = new Set([
  "christmas", "xmas", "easter", "thanksgiving", "halloween", "hanukkah", "chanukah", "passover", "ramadan",
  "diwali", "deepavali", "juneteenth", "kwanzaa", "hogmanay", "nowruz", "pentecost", "whitsun", "eid", "purim",
  "sukkot", "vesak", "lent", "advent", "yuletide", "michaelmas", "candlemas",
]);

/** Last words of a day's name: "Independence Day", "Labor Day", "Valentine's Day", "Christmas Eve". Lower-case. */
export const DAY_NAME_HEADS: ReadonlySet<string> = new Set(["day", "eve"]);

/** Spelled ordinals of a day of the month, as in "the Fifth of November", "the Ninth of May". Lower-case. */
export const DAY_ORDINAL_WORDS: ReadonlySet<string> = new Set([
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
  "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
  "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
]);
