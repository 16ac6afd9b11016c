import { MONTHS } from "../../lexicons/calendar.js";
import type { Sentence } from "../../types.js";
import { LastArticleCache, defineTokenRole, tokenizeSentence, tokensOf, type Token } from "../claim-tokens.js";
import type { FinderInput } from "../finder-input.js";

/**
 * Date phrases of English news, found with one compiled pattern per sentence. The quantity
 * finder masks them (a day or year is not a count) and the date finder resolves them.
 * Month and weekday names must be capitalised: lower-case "may" and "march" are verbs.
 */
export type DatePhraseKind =
  | "month-day" | "day-month" | "month-year" | "month" | "weekday" | "relative-day" | "relative-period"
  | "ago" | "year" | "iso";

export interface DatePhrase {
  kind: DatePhraseKind;
  /** Offsets into the article text of the date words (a leading "on"/"in" excluded). */
  start: number;
  end: number;
  text: string;
  /** The word before the date that changes its meaning: "last", "this", "next", "mid-", "the", "after" … */
  modifier?: string;
  month?: number;
  day?: number;
  year?: number;
  weekday?: string;
  /** relative-day: "yesterday", "today", "last night" …; relative-period: "year" | "month". */
  relative?: string;
  /** ago: how many units ("10 months ago", "10 months after"). */
  amount?: number;
  unit?: "day" | "week" | "month" | "year";
  /** ago: "ago" | "after" | "later" | "earlier" | "before". */
  direction?: string;
  /** Possessive weekday or date ("Thursday's meeting"): it modifies the next noun. */
  possessive?: boolean;
}

/** "in" or "In": the first letter of each word may be capitalised at a sentence start. */
function anyCase(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1).replace(/ /g, "\\s+")}`).join("|");
}

const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_SHORT})\\.?)`;
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d\\d";
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** Words before a month standing alone ("in December", "last December", "mid-December"). */
const MONTH_ALONE_PREFIX = anyCase(["in", "last", "since", "during", "early", "late", "by", "until", "this", "next",
  "from", "through", "throughout", "before", "after", "around", "till", "of", "for"]);
/** Words before a year standing alone ("in 2014", "the 2014 downing"); a bare year is too often something else. */
const YEAR_ALONE_PREFIX = anyCase(["in", "since", "during", "by", "until", "of", "from", "before", "after", "early",
  "late", "the", "through", "throughout", "around", "till", "a"]);
const WEEKDAY_PREFIX = anyCase(["on", "last", "this", "next", "late", "early", "on the night of", "by", "since", "until"]);
const RELATIVE_DAY = anyCase(["yesterday", "today", "tonight", "last night", "this morning", "this afternoon",
  "this evening", "earlier today", "later today"]);
const RELATIVE_PERIOD_PREFIX = anyCase(["last", "this", "earlier this", "later this", "next"]);
const COUNT_WORD = `\\d{1,3}|${anyCase(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "fifteen", "twenty", "thirty"])}`;

/**
 * One alternation, tried left to right at each position; distinct group names per branch
 * (Node 20 has no duplicate named groups). Branch order matters where two can start at one
 * position: a month with a day or year is tried before the month alone.
 */
const DATE_PATTERN = new RegExp(
  [
    `\\b(?<isoY>${YEAR})-(?<isoM>0[1-9]|1[0-2])-(?<isoD>0[1-9]|[12]\\d|3[01])\\b`,
    `\\b(?<mdM>${MONTH})\\s+(?<mdD>${DAY})\\b(?![:.]\\d)(?:,?\\s+(?<mdY>${YEAR})\\b)?`,
    `\\b(?<dmD>${DAY})(?:\\s+of)?\\s+(?<dmM>${MONTH})(?![\\p{L}])(?:,?\\s+(?<dmY>${YEAR})\\b)?`,
    `\\b(?<myM>${MONTH}),?\\s+(?<myY>${YEAR})\\b`,
    `(?:\\b(?<moP>${MONTH_ALONE_PREFIX})\\s+|\\b(?<moMid>[Mm]id-))(?<mo>${MONTH_FULL})\\b(?!\\s*,?\\s*\\d)`,
    // A weekday followed by its date ("Wednesday, March 4") is left to the date, which says more.
    `(?:\\b(?<wdP>${WEEKDAY_PREFIX})\\s+)?\\b(?<wd>${WEEKDAY})(?<wdS>['’]s)?\\b(?!,?\\s+(?:(?:${MONTH})\\s+${DAY}|${DAY}(?:\\s+of)?\\s+(?:${MONTH}))\\b)`,
    `\\b(?<rd>${RELATIVE_DAY})\\b`,
    `\\b(?<rpP>${RELATIVE_PERIOD_PREFIX})\\s+(?<rp>year|month)\\b`,
    `\\b(?<agoN>${COUNT_WORD})\\s+(?<agoU>day|week|month|year)s?\\s+(?<agoD>ago|after|later|earlier|before)\\b`,
    `(?:\\b(?<yP>${YEAR_ALONE_PREFIX})\\s+|\\b(?<yMid>[Mm]id-))(?<y>${YEAR})\\b(?![-–/.,:]?\\d)(?!\\s*(?:%|percent|per cent))`,
  ].join("|"),
  "yu",
);

/**
 * Where the pattern is tried (sticky): at digits, month and weekday names, relative-day words,
 * and at prefix words only when a date core follows them ("in December", "last year"). Trying
 * the alternation at every character was most of the cost of the date finder.
 */
const DATE_CORE = defineTokenRole([
  ..."january february march april may june july august september october november december".split(" "),
  ..."jan feb mar apr jun jul aug sept sep oct nov dec".split(" "),
  ..."monday tuesday wednesday thursday friday saturday sunday".split(" ").flatMap((day) => [day, `${day}'s`, `${day}’s`]),
  ..."yesterday today tonight".split(" "),
]);
const DATE_PREFIX = defineTokenRole([
  ..."in last since during early late by until this next from through throughout before after around till of on the a an for".split(" "),
  ..."earlier later one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty".split(" "),
]);
/** Words after a prefix that make a date phrase possible ("last year", "on the night of", "a year ago", "earlier this month"). */
const AFTER_PREFIX = defineTokenRole([
  "year", "years", "month", "months", "day", "days", "week", "weeks", "night", "morning", "afternoon", "evening",
  "today", "this", "the", "night",
]);

function mayStartDate(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.kind === "num" || token.roles & DATE_CORE) return true;
  if (token.kind !== "word") return false;
  if (!(token.roles & DATE_PREFIX)) return token.lower.startsWith("mid-");
  const next = tokens[k + 1];
  if (!next) return false;
  return next.kind === "num" || (next.roles & (DATE_CORE | AFTER_PREFIX)) !== 0 || next.lower.startsWith("mid-");
}

const SMALL_COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

function monthOf(name: string): number {
  return MONTHS.get(name.replace(".", "").toLowerCase())!;
}

const cache = new LastArticleCache((input) => {
  const tokens = tokensOf(input);
  return input.sentences.map((sentence) => findDatePhrases(sentence, tokens[sentence.index]));
});

/** Date phrases of every sentence of the input, by sentence index (computed once per article). */
export function datePhrasesOf(input: FinderInput): DatePhrase[][] {
  return cache.get(input);
}

export function findDatePhrases(sentence: Sentence, tokens: readonly Token[] = tokenizeSentence(sentence)): DatePhrase[] {
  const found: DatePhrase[] = [];
  let after = 0;
  for (let k = 0; k < tokens.length; k++) {
    const offset = tokens[k]!.start - sentence.start;
    if (offset < after || !mayStartDate(tokens, k)) continue;
    DATE_PATTERN.lastIndex = offset;
    const match = DATE_PATTERN.exec(sentence.text);
    if (!match) continue;
    const phrase = readMatch(match.groups!, match[0], sentence.start + offset);
    if (phrase) found.push(phrase);
    after = offset + match[0].length;
  }
  return found;
}

function readMatch(g: Record<string, string | undefined>, text: string, at: number): DatePhrase | null {
  const span = (from: string | undefined, kind: DatePhraseKind, fields: Partial<DatePhrase>): DatePhrase => {
    // Drop a leading preposition from the evidence span; keep words that change meaning.
    const offset = from && !MEANINGFUL_PREFIX.has(from.toLowerCase()) ? text.indexOf(from) + from.length : 0;
    const skip = offset + (text.slice(offset).length - text.slice(offset).trimStart().length);
    return { kind, start: at + skip, end: at + text.length, text: text.slice(skip), ...fields };
  };
  if (g.isoY) return span(undefined, "iso", { year: +g.isoY, month: +g.isoM!, day: +g.isoD! });
  if (g.mdM) return span(undefined, "month-day", { month: monthOf(g.mdM), day: parseInt(g.mdD!, 10), ...(g.mdY ? { year: +g.mdY } : {}) });
  if (g.dmM) return span(undefined, "day-month", { month: monthOf(g.dmM), day: parseInt(g.dmD!, 10), ...(g.dmY ? { year: +g.dmY } : {}) });
  if (g.myM) return span(undefined, "month-year", { month: monthOf(g.myM), year: +g.myY! });
  if (g.mo) {
    const modifier = g.moMid ? "mid-" : g.moP!.toLowerCase();
    return span(g.moP, "month", { month: monthOf(g.mo), modifier });
  }
  if (g.wd) {
    return span(g.wdP, "weekday", {
      weekday: g.wd.toLowerCase(),
      ...(g.wdP ? { modifier: g.wdP.toLowerCase().replace(/\s+/g, " ") } : {}),
      ...(g.wdS ? { possessive: true } : {}),
    });
  }
  if (g.rd) return span(undefined, "relative-day", { relative: g.rd.toLowerCase().replace(/\s+/g, " ") });
  if (g.rp) return span(undefined, "relative-period", { relative: g.rp, modifier: g.rpP!.toLowerCase().replace(/\s+/g, " ") });
  if (g.agoU) {
    const amount = /^\d/.test(g.agoN!) ? parseInt(g.agoN!, 10) : SMALL_COUNTS[g.agoN!.toLowerCase()]!;
    return span(undefined, "ago", { amount, unit: g.agoU as DatePhrase["unit"], direction: g.agoD! });
  }
  if (g.y) {
    const modifier = g.yMid ? "mid-" : g.yP!.toLowerCase();
    return span(g.yP, "year", { year: +g.y, modifier });
  }
  return null;
}

/** Prefix words kept in the evidence span because they change the date ("last December"). */
const MEANINGFUL_PREFIX: ReadonlySet<string> = new Set(["last", "this", "next", "early", "late", "mid-"]);
