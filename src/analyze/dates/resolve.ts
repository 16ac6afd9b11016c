import { FUTURE_TOLERANCE_DAYS, WEEKDAYS } from "../../lexicons/calendar.js";
import type { DatePhrase } from "./patterns.js";

/** A resolved date: ISO value ("2024-12-25", "2024-12", "2024") and its precision. */
export interface ResolvedDate {
  value: string;
  precision: "day" | "month" | "year";
}

const DAY_MS = 86_400_000;

/**
 * Resolve a date phrase against the publish date (ISO YYYY-MM-DD, or null). Without a publish
 * date only phrases that carry their own year resolve. News reports the past, so a date without a
 * year falls in the year that puts it on or before the publish date (FUTURE_TOLERANCE_DAYS allowed).
 * With `future` (the sentence speaks of what will happen), it falls on or after the publish date.
 */
export function resolveDate(phrase: DatePhrase, published: string | null, future = false): ResolvedDate | null {
  const ref = published ? parseIso(published) : null;
  if (future && ref) {
    const forward = resolveForward(phrase, ref);
    if (forward) return forward;
  }
  switch (phrase.kind) {
    case "iso":
    case "month-day":
    case "day-month":
      return resolveDay(phrase, ref);
    case "month-year":
      return { value: isoMonth(phrase.year!, phrase.month!), precision: "month" };
    case "year":
      return { value: String(phrase.year), precision: "year" };
    case "month":
      return ref ? resolveMonth(phrase, ref) : null;
    case "weekday":
      return ref ? resolveWeekday(phrase, ref) : null;
    case "relative-day":
      return ref ? resolveRelativeDay(phrase.relative!, ref) : null;
    case "relative-period":
      return ref ? resolveRelativePeriod(phrase, ref) : null;
    case "ago":
      return ref ? resolveAgo(phrase, ref) : null;
  }
}

/** A day, month or weekday without a year or modifier, in a sentence about the future: the next one. */
function resolveForward(phrase: DatePhrase, ref: Date): ResolvedDate | null {
  const refYear = ref.getUTCFullYear();
  if ((phrase.kind === "month-day" || phrase.kind === "day-month") && !phrase.year) {
    const { month, day } = phrase;
    if (!month || !day || day > daysInMonth(refYear, month)) return null;
    const year = Date.UTC(refYear, month - 1, day) < ref.getTime() ? refYear + 1 : refYear;
    return { value: isoDay(year, month, day), precision: "day" };
  }
  if (phrase.kind === "month" && (phrase.modifier === undefined || MONTH_NEUTRAL_PREFIXES.has(phrase.modifier))) {
    const month = phrase.month!;
    const year = month < ref.getUTCMonth() + 1 ? refYear + 1 : refYear;
    return { value: isoMonth(year, month), precision: "month" };
  }
  if (phrase.kind === "weekday" && (phrase.modifier === undefined || phrase.modifier === "on" || phrase.modifier === "by")) {
    const target = WEEKDAYS.get(phrase.weekday!)!;
    const offset = (target - ref.getUTCDay() + 7) % 7;
    return { value: isoOf(new Date(ref.getTime() + offset * DAY_MS)), precision: "day" };
  }
  return null;
}

/** Prefixes of a month alone that leave its direction to the tense ("in May", "by May"). */
const MONTH_NEUTRAL_PREFIXES: ReadonlySet<string> = new Set([
  "in", "by", "until", "till", "during", "from", "around", "early", "late", "mid-", "before", "after", "through",
  "throughout", "of", "since", "for",
]);

function resolveDay(phrase: DatePhrase, ref: Date | null): ResolvedDate | null {
  const { month, day } = phrase;
  if (!month || !day || day > daysInMonth(phrase.year ?? 2000, month)) return null;
  if (phrase.year) return { value: isoDay(phrase.year, month, day), precision: "day" };
  if (!ref) return null;
  let year = ref.getUTCFullYear();
  if (Date.UTC(year, month - 1, day) > ref.getTime() + FUTURE_TOLERANCE_DAYS * DAY_MS) year--;
  return { value: isoDay(year, month, day), precision: "day" };
}

/** "in December", "last December", "this December", "next December", "mid-December". */
function resolveMonth(phrase: DatePhrase, ref: Date): ResolvedDate {
  const month = phrase.month!;
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  let year: number;
  switch (phrase.modifier) {
    case "last":
      year = month < refMonth ? refYear : refYear - 1;
      break;
    case "next":
      year = month > refMonth ? refYear : refYear + 1;
      break;
    case "this":
      year = refYear;
      break;
    default:
      year = month <= refMonth ? refYear : refYear - 1;
  }
  return { value: isoMonth(year, month), precision: "month" };
}

/** "on Thursday": the latest Thursday on or before the publish date; "last Thursday": strictly before; "next": after. */
function resolveWeekday(phrase: DatePhrase, ref: Date): ResolvedDate {
  const target = WEEKDAYS.get(phrase.weekday!)!;
  const today = ref.getUTCDay();
  let offset: number;
  if (phrase.modifier === "next") offset = ((target - today + 7) % 7) || 7;
  else if (phrase.modifier === "last") offset = -(((today - target + 7) % 7) || 7);
  else offset = -((today - target + 7) % 7);
  return { value: isoOf(new Date(ref.getTime() + offset * DAY_MS)), precision: "day" };
}

function resolveRelativeDay(relative: string, ref: Date): ResolvedDate {
  const offset = relative === "yesterday" || relative === "last night" ? -1 : 0;
  return { value: isoOf(new Date(ref.getTime() + offset * DAY_MS)), precision: "day" };
}

/** "last year" → 2024; "this month" / "earlier this month" → 2025-10; "last month" → 2025-09. */
function resolveRelativePeriod(phrase: DatePhrase, ref: Date): ResolvedDate {
  const shift = phrase.modifier === "last" ? -1 : phrase.modifier === "next" ? 1 : 0;
  if (phrase.relative === "year") return { value: String(ref.getUTCFullYear() + shift), precision: "year" };
  const shifted = addMonths(ref.getUTCFullYear(), ref.getUTCMonth() + 1, shift);
  return { value: isoMonth(shifted.year, shifted.month), precision: "month" };
}

/**
 * "10 months ago" and "10 months after the crash" (said of the publish day): the publish date
 * minus the span. Only "ago" and "after" count back from publication; "later"/"earlier"/"before"
 * count from another event of the text and do not resolve. Days resolve to a day; weeks are too
 * loose for a day and too fine for a month, so they do not resolve; months and years keep their
 * own precision. "N days after the X" is not resolved: it is as often counted from another
 * event of the text ("came two days after the summit") as from the publish day; at month and
 * year precision that difference mostly vanishes.
 */
function resolveAgo(phrase: DatePhrase, ref: Date): ResolvedDate | null {
  if (phrase.direction !== "ago" && phrase.direction !== "after") return null;
  if (phrase.direction === "after" && (phrase.unit === "day" || phrase.unit === "week")) return null;
  const amount = phrase.amount!;
  switch (phrase.unit) {
    case "day":
      return { value: isoOf(new Date(ref.getTime() - amount * DAY_MS)), precision: "day" };
    case "month": {
      const shifted = addMonths(ref.getUTCFullYear(), ref.getUTCMonth() + 1, -amount);
      return { value: isoMonth(shifted.year, shifted.month), precision: "month" };
    }
    case "year":
      return { value: String(ref.getUTCFullYear() - amount), precision: "year" };
    default:
      return null;
  }
}

function addMonths(year: number, month: number, shift: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + shift;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function parseIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, "0");
const isoMonth = (year: number, month: number): string => `${year}-${pad(month)}`;
const isoDay = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const isoOf = (date: Date): string => isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
