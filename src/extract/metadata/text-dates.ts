import { calendarIso } from "./calendar-date.js";
import { DATE_LABELS, MONTHS, WEEKDAYS } from "../../lexicons/chrome-meta.js";

/**
 * Publication dates as pages print them: "2025-10-09", "09 October 2025", "October 9, 2025",
 * "9 de octubre de 2025", "9 октября 2025", "09-10-2025 20:23 IST", "2025.12.17", "2023 Jan 7". Only what a byline or date
 * line needs; dates inside claims are the analyze stage's job.
 */

export interface FoundDate {
  iso: string;
  index: number;
}

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
const ORDINAL = "(?:st|nd|rd|th|er|\\.)?";

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
/** Year first with dots or slashes ("2025.12.17", "2025/12/17"): always year, month, day. */
const YEAR_FIRST_DATE = /(?<![\d.\/])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d.\/])/g;
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{1,2})${ORDINAL}\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, "giu");
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, "giu");

/** Year, month name, day: the citation form of journals ("2023 Jan 7"). */
const YEAR_MONTH_DAY = new RegExp(
  `${NOT_LETTER_BEFORE}(\\d{4})\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?!\\d)`, "giu");

/** Without a year ("9 October", "Oct. 9"): only for recognising date lines, never for the publish date. */
const DAY_MONTH = new RegExp(`${NOT_LETTER_BEFORE}\\d{1,2}${ORDINAL}\\s+(?:de\\s+)?(?:${MONTH_NAMES})\\.?${NOT_LETTER_AFTER}`, "giu");
const MONTH_DAY = new RegExp(`${NOT_LETTER_BEFORE}(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}${ORDINAL}(?!\\d)`, "giu");

/** Everything else a date-only line may hold: times with zones, labels, weekdays, the Russian "г.". */
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?/g;
const LABEL_WORDS = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${[...DATE_LABELS, ...WEEKDAYS].sort((a, b) => b.length - a.length).join("|")})\\.?${NOT_LETTER_AFTER}`, "giu");
const RUSSIAN_YEAR_MARK = /(?<=\d\s?)г\./gu;
const ONLY_SEPARATORS = /^[\s,|:;.\-–—()/]*$/;

/** Every form above carries a four-digit year: a cheap gate before the month-name patterns. */
const HAS_YEAR = /\d{4}/;
const HAS_DIGIT = /\d/;
/** Year-less dates put a day number next to a month name: "9 October", "Oct 9". */
const DIGIT_BESIDE_WORD = /\d[\s.]*\p{L}{3}|\p{L}{3}\.?\s*\d/u;

/** The earliest date in `text`, as ISO YYYY-MM-DD, with where it starts. */
export function findDate(text: string): FoundDate | null {
  if (!HAS_YEAR.test(text)) return null;
  let best: FoundDate | null = null;
  for (const [pattern, read] of DATE_FORMS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const iso = read(match);
      if (iso && (!best || match.index < best.index)) best = { iso, index: match.index };
      if (iso) break;
    }
  }
  return best;
}

/** True when the line says nothing but a date (with labels, weekday, time and zone; the year may be missing). */
export function isDateOnlyLine(text: string): boolean {
  if (!HAS_DIGIT.test(text) || (!HAS_YEAR.test(text) && !DIGIT_BESIDE_WORD.test(text))) return false;
  let found = false;
  let rest = text;
  for (const [pattern, read] of DATE_FORMS) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const iso = read(args as unknown as RegExpMatchArray);
      if (iso) found = true;
      return iso ? " " : String(args[0]);
    });
  }
  for (const pattern of [DAY_MONTH, MONTH_DAY]) {
    rest = rest.replace(pattern, () => {
      found = true;
      return " ";
    });
  }
  if (!found) return false;
  rest = rest.replace(TIME, " ").replace(RUSSIAN_YEAR_MARK, " ").replace(LABEL_WORDS, " ");
  return ONLY_SEPARATORS.test(rest);
}

type DateReader = (match: RegExpMatchArray) => string | null;

const DATE_FORMS: readonly [RegExp, DateReader][] = [
  [ISO_DATE, (m) => toIso(m[1], m[2], m[3])],
  [DAY_MONTH_YEAR, (m) => toIso(m[3], MONTHS.get(m[2]!.toLowerCase()), m[1])],
  [MONTH_DAY_YEAR, (m) => toIso(m[3], MONTHS.get(m[1]!.toLowerCase()), m[2])],
  [NUMERIC_DATE, readNumericDate],
  [YEAR_FIRST_DATE, (m) => toIso(m[1], m[3], m[4])],
  [YEAR_MONTH_DAY, (m) => toIso(m[1], MONTHS.get(m[2]!.toLowerCase()), m[3])],
];

/**
 * "09-10-2025" and "09.10.2025" are day first (most of the world writes dashes and dots that
 * way); "10/09/2025" is month first (the US slash form). A part above 12 settles it either way.
 */
function readNumericDate(m: RegExpMatchArray): string | null {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const dayFirst = m[2] === "/" ? first > 12 : second <= 12;
  return dayFirst ? toIso(m[4], second, first) : toIso(m[4], first, second);
}

function toIso(year: string | number | undefined, month: string | number | undefined, day: string | number | undefined): string | null {
  return calendarIso(Number(year), Number(month), Number(day));
}
