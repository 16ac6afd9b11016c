import type { Claim } from "../../types.js";
import type { Stated } from "../stated.js";
import { OFFICE_KEY_PREFIX } from "../../analyze/roles/index.js";
import { officesCompatible, type SoleHolder } from "./offices.js";
import { CLOCK_SHORTLY_MINUTES, CLOCK_SLACK_MINUTES } from "../../analyze/frames/values/index.js";

/** What a comparison of two values may need to know about the rest of the story. */
export interface StoryContext {
  /** The value most reports give for a quantity slot ("aboard" → 67), for "all aboard" claims. */
  slotValue(key: string): number | undefined;
  /** Whether the text of some report places one place inside another (Munich in Bavaria). */
  contains(outer: string, inner: string): boolean;
  /** Whether a place is a whole country: too broad to tell where in it something happened. */
  isCountry(place: string): boolean;
  /** Whether some report puts what a date slot dates in the small hours ("in the early hours of Wednesday"). */
  inSmallHours(key: string): boolean;
  /** Whether one report gives figures of the event for both places ("12 killed in Marlow, 30 in Tessin"). */
  countedTogether(a: string, b: string): boolean;
  /** Whether the story names no sitting holder of an office but this person (align/verdicts/offices.ts). */
  soleHolder: SoleHolder;
}

/**
 * "Yesterday" and "today" hang on the publish date, which can be a day off: pages carry the date
 * of their time zone, or of an update after midnight. Dates written out, and weekday names, say
 * which day they mean: two of those a day apart are a real disagreement.
 */
const RELATIVE_DATE_TOLERANCE_DAYS = 1;
const RELATIVE_DATE_RULES = /DATE_RELATIVE_DAY/;

/**
 * Something that happened in the small hours ("in the early hours of Wednesday", "overnight")
 * falls on the day before in time zones behind the place: once one report puts it there, a report
 * dating it a day earlier may be right where it was written.
 */
const SMALL_HOURS = /\b(?:early hours|small hours|overnight|midnight|before dawn|pre-dawn)\b/i;

export function inSmallHours(s: Stated): boolean {
  return SMALL_HOURS.test(s.article.sentences[s.claim.sentence]?.text ?? "");
}

/** Whether two statements of one slot can both be true. */
export function statementsCompatible(a: Stated, b: Stated, context: StoryContext): boolean {
  switch (a.claim.kind) {
    case "quantity":
      return quantitiesCompatible(a.claim, b.claim, context);
    case "date": {
      // A bare year mostly dates something else the sentence compares with ("the first time since 1990").
      if (a.value.length === 4 || b.value.length === 4) return true;
      const relative = RELATIVE_DATE_RULES.test(a.claim.rule) || RELATIVE_DATE_RULES.test(b.claim.rule);
      return datesCompatible(a.value, b.value, relative || context.inSmallHours(a.claim.key) ? RELATIVE_DATE_TOLERANCE_DAYS : 0);
    }
    case "quote":
    case "statement":
      return true;
    default:
      if (a.claim.key.startsWith(OFFICE_KEY_PREFIX)) return officesCompatible(a, b, context.soleHolder);
      // Two places one report counts figures for (a flood's dead in one town and in another) are
      // both places of the event: a report naming one and another naming the other do not disagree.
      return a.value === b.value || context.contains(a.value, b.value) || context.contains(b.value, a.value) || partOfName(a.value, b.value)
        || isFacility(a.value) !== isFacility(b.value) || context.countedTogether(a.value, b.value);
  }
}

/**
 * An airport, a stadium, a street lies in some town: "at Hillview Airport" and "in
 * Eastport" may both be true, and without a map of where the facility is, they are not set
 * against each other. Two facilities, or two towns, still can be.
 */
const FACILITY_WORDS: ReadonlySet<string> = new Set([
  "airport", "station", "terminal", "stadium", "arena", "museum", "bridge", "street", "avenue", "road", "square",
  "hospital", "harbour", "harbor", "base", "camp", "school", "university", "hotel", "mall", "market", "building",
  "tower", "palace", "church", "cathedral", "mosque", "temple", "park", "gallery", "prison", "embassy", "port",
]);

function isFacility(place: string): boolean {
  return FACILITY_WORDS.has(place.toLowerCase().split(/\s+/).at(-1) ?? "");
}

/** "John" and "John Donnelly": a shorter form of one name is the same person, not another one. */
function partOfName(a: string, b: string): boolean {
  const words = (v: string) => v.toLowerCase().split(/\s+/).filter(Boolean);
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.length < long.length && short.every((w) => long.includes(w));
}

type Interval = [low: number, high: number];

function quantitiesCompatible(a: Claim, b: Claim, context: StoryContext): boolean {
  // Amounts in different currencies, or lengths in different units, cannot be told apart here.
  if ((a.unit ?? "") !== (b.unit ?? "")) return true;
  // A score ("3-1") is a pair, not a number: equal or not.
  if (a.valueType === "score" || b.valueType === "score") return a.value === b.value;
  if (a.valueType === "clock" || b.valueType === "clock") return overlap(clockInterval(a), clockInterval(b));
  if (roundsTo(a, b)) return true;
  const x = intervalOf(a, context);
  const y = intervalOf(b, context);
  if (!x || !y) return true;
  return overlap(x, y);
}

function overlap(x: Interval, y: Interval): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

/**
 * The minutes of the day a time allows: "about 7:52 p.m." and "around 8 p.m." may be one moment;
 * "shortly after 10" is within half an hour after it; "10 am" and "10:30 am" are not one time.
 */
function clockInterval(claim: Claim): Interval {
  const n = claim.number ?? 0;
  switch (claim.qualifier) {
    case "shortly after":
    case "just after":
      return [n, n + CLOCK_SHORTLY_MINUTES];
    case "shortly before":
    case "just before":
      return [n - CLOCK_SHORTLY_MINUTES, n];
    case undefined:
      return [n, n];
    default:
      return [n - CLOCK_SLACK_MINUTES, n + CLOCK_SLACK_MINUTES];
  }
}

/**
 * "28.52%" and "28.5%", "3.4%" and "3.418%", "17.3%" and "17%": a figure given with fewer
 * decimals is the other one rounded, as is one a last digit away at the coarser precision
 * (28.5 and 28.6 may both round 28.55). Whole counts have no such slack: 143 seats are not 144.
 */
function roundsTo(a: Claim, b: Claim): boolean {
  const decimals = (c: Claim) => (/\.(\d+)$/.exec(c.value)?.[1]?.length ?? 0);
  const [da, db] = [decimals(a), decimals(b)];
  if (da === 0 && db === 0) return false;
  const x = Number(a.value);
  const y = Number(b.value);
  if (Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= 10 ** -Math.min(da, db) + 1e-9;
}

/**
 * Qualifiers that rule out their own figure: "more than 615" says the value is not 615. Only
 * bucketing reads this (a bound is no corroboration of the plain figure); intervalOf still lets the
 * two overlap, so they are not set against each other either.
 */
const EXCLUSIVE_QUALIFIERS: ReadonlySet<string> = new Set(["more than", "just over", "fewer than"]);

/** Whether a quantity claim rules out its own figure ("above 615 feet", "fewer than 37"). */
export function excludesOwnFigure(claim: Claim): boolean {
  return claim.qualifier !== undefined && EXCLUSIVE_QUALIFIERS.has(claim.qualifier);
}

/**
 * The range of true values a quantity claim allows. Vague qualifiers get a margin that a reader
 * would grant them ("nearly 40" is 34–40, "about 40" is 36–44, "just over 40" is 40–44).
 * The bound of "more than", "just over" and "fewer than" is in practice reached: the EPSILON nudge
 * is lost in rounding beside whole figures from 2 up ("more than") or 3 up ("fewer than"), so
 * "more than 40" overlaps a plain 40 and the two are not called a contradiction (a bound is often
 * a rounded or later count); only smaller figures ("more than 1", "fewer than 2") leave it out.
 */
function intervalOf(claim: Claim, context: StoryContext): Interval | null {
  const n = claim.relative ? relativeValue(claim, context) : claim.number ?? Number(claim.value);
  if (n === undefined || Number.isNaN(n)) return null;
  switch (claim.qualifier) {
    case "at least":
      return [n, Infinity];
    case "more than":
      return [n + Number.EPSILON, Infinity];
    case "just over":
      return [n + Number.EPSILON, n * 1.1];
    case "nearly":
      return [n * 0.85, n];
    case "about":
      return [n * 0.9, n * 1.1];
    case "up to":
      return [0, n];
    case "fewer than":
      return [0, n - Number.EPSILON];
    default:
      return [n, n];
  }
}

function relativeValue(claim: Claim, context: StoryContext): number | undefined {
  if (claim.relative?.share === "none") return 0;
  return context.slotValue(claim.relative!.of);
}

function datesCompatible(a: string, b: string, toleranceDays: number): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length === 10 && b.length === 10) {
    return Math.abs(Date.parse(a) - Date.parse(b)) <= toleranceDays * 86_400_000;
  }
  return false;
}
