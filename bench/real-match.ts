/**
 * Does a value the tool stated match a value of the dev set's gold? Gold values are written by
 * hand ("31 (Friday)", "$2.6 billion", "two-time league MVP"); the tool states normalised
 * values ("31", "2600000000") and their display form. Matching is on the value alone:
 *  - dates: the same day (or month, when neither names a day), and the same year when both give one;
 *    a gold weekday alone ("Sunday") matches a stated day that falls on it (the tool resolves
 *    "on Sunday night" to the day itself);
 *  - times of day: when both give hours and minutes, the same minute of the day ("9:42 p.m." is
 *    "21:42", and not "09:42");
 *  - numbers: when both contain numbers, every number of the one with fewer appears in the other
 *    ("38-17" matches "17-38" and "38"; "1.2 million" matches "1200000");
 *  - words: otherwise, every content word of the shorter appears in the longer.
 * A parenthesised note in a gold value is an annotation (the hour, the outlet, a breakdown) and is
 * left out when matching; see `goldCore`.
 */

const UNITS: Record<string, number> = {
  zero: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, tn: 1e12,
};
/** Digits (with thousands commas and decimals, an ordinal suffix allowed) or a word. */
const TOKEN = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+/gi;

export interface NumberMention {
  value: number;
  /** Offsets of the mention in the text it was read from. */
  start: number;
  end: number;
  /** "digits" for "1,200" or "1.2 million"; "words" for "twenty-five". */
  style: "digits" | "words";
}

/** Every number stated in `text`, in digits or words, with scale words folded in ("1.2 million"). */
export function numbersIn(text: string): NumberMention[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/^\d/.test(token.text)) {
      let value = Number(token.text.replace(/,/g, ""));
      let end = token.end;
      const next = tokens[i + 1];
      if (next && SCALES[next.text] && adjacent(text, token.end, next.start)) {
        value *= SCALES[next.text]!;
        end = next.end;
        i++;
      }
      out.push({ value: round(value), start: token.start, end, style: "digits" });
      i++;
      continue;
    }
    // "three-peat": a number word joined to another word is an adjective, not a count; but
    // "two-time" counts times.
    if (UNITS[token.text] === undefined || compoundAdjective(text, tokens, i)) {
      i++;
      continue;
    }
    // A run of number words: "two hundred and five", "twenty-five", "two dozen".
    let total = 0;
    let current = 0;
    let end = token.end;
    let j = i;
    while (j < tokens.length) {
      const word = tokens[j]!.text;
      if (j > i && !adjacent(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      if (UNITS[word] !== undefined) current += UNITS[word]!;
      else if (word === "hundred" || word === "dozen") current = (current || 1) * SCALES[word]!;
      else if (SCALES[word]) {
        total += (current || 1) * SCALES[word]!;
        current = 0;
      } else if (!(word === "and" && UNITS[tokens[j + 1]?.text ?? ""] !== undefined)) break;
      end = tokens[j]!.end;
      j++;
    }
    out.push({ value: total + current, start: token.start, end, style: "words" });
    i = j;
  }
  return out;
}

function compoundAdjective(text: string, tokens: { text: string; start: number; end: number }[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && text.slice(tokens[i]!.end, next.start) === "-" && UNITS[next.text] === undefined && !SCALES[next.text] && next.text !== "time";
}

/** Tokens of a number run sit next to each other: a space or a hyphen between, nothing else. */
function adjacent(text: string, end: number, start: number): boolean {
  return /^[\s-]{0,2}$/.test(text.slice(end, start));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";
const ISO_DATE = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "i");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, "i");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "i");

export interface DateValue {
  year?: number;
  month: number;
  day?: number;
}

/** The first calendar date `text` states (a month needs a day or a year beside it), or null. */
export function dateIn(text: string): DateValue | null {
  const iso = ISO_DATE.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return { year: Number(iso[1]), month: Number(iso[2]), ...(iso[3] ? { day: Number(iso[3]) } : {}) };
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return withYear({ month: monthNumber(monthDay[1]!), day: Number(monthDay[2]) }, monthDay[3]);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return withYear({ month: monthNumber(dayMonth[2]!), day: Number(dayMonth[1]) }, dayMonth[3]);
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return { month: monthNumber(monthYear[1]!), year: Number(monthYear[2]) };
  return null;
}

function withYear(date: DateValue, year: string | undefined): DateValue {
  return year ? { ...date, year: Number(year) } : date;
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
}

function sameDate(a: DateValue, b: DateValue): boolean {
  if (a.month !== b.month || (a.day === undefined) !== (b.day === undefined) || a.day !== b.day) return false;
  return a.year === undefined || b.year === undefined || a.year === b.year;
}

const STOPWORDS = new Set(
  "a an the of in on at to for and or by with from as is was were be been its it his her their this that than into over after before about".split(" "),
);

/** Lower-cased words without diacritics, punctuation or stopwords; a plural "s" dropped. */
export function contentTokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !STOPWORDS.has(t))
    .map((t) => (t.length > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.slice(0, -1) : t));
}

/** A gold value without its parenthesised notes: "13 (Friday)" → "13"; all of it if nothing else is left. */
export function goldCore(value: string): string {
  const core = value.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  return core || value;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const FULL_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A gold value that is a weekday alone ("Sunday") and a stated day of the calendar ("2031-03-02") that falls on it. */
function weekdayOf(gold: string, stated: string): boolean {
  const weekday = WEEKDAYS.indexOf(gold.trim().toLowerCase());
  const day = FULL_ISO_DATE.exec(stated.trim());
  if (weekday < 0 || !day) return false;
  return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay() === weekday;
}

/** "9:42 p.m.", "21:42", "9.30am": hours and minutes, with a.m. or p.m. when written. */
const CLOCK = /\b(\d{1,2})[:.](\d{2})\s*(?:([ap])\.?\s?m\b\.?)?/i;

/** The minute of the day a value states as hours and minutes, or null. */
export function clockIn(text: string): number | null {
  const match = CLOCK.exec(text);
  if (!match || !/:/.test(match[0]) && !match[3]) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (minute > 59 || hour > 23 || (match[3] && (hour < 1 || hour > 12))) return null;
  const pm = match[3]?.toLowerCase() === "p";
  return ((match[3] ? hour % 12 : hour) + (pm ? 12 : 0)) * 60 + minute;
}

/** Does a stated value match a gold value? See the module comment for the rules. */
export function valuesMatch(gold: string, stated: string): boolean {
  const expected = goldCore(gold);
  if (weekdayOf(expected, stated)) return true;
  const clockA = clockIn(expected);
  const clockB = clockIn(stated);
  if (clockA !== null && clockB !== null) return clockA === clockB;
  const dateA = dateIn(expected);
  const dateB = dateIn(stated);
  if (dateA || dateB) return dateA !== null && dateB !== null && sameDate(dateA, dateB);
  const numbersA = new Set(numbersIn(expected).map((n) => n.value));
  const numbersB = new Set(numbersIn(stated).map((n) => n.value));
  if (numbersA.size > 0 || numbersB.size > 0) {
    if (numbersA.size === 0 || numbersB.size === 0) return false;
    const [fewer, more] = numbersA.size <= numbersB.size ? [numbersA, numbersB] : [numbersB, numbersA];
    return [...fewer].every((n) => more.has(n));
  }
  const tokensA = new Set(contentTokens(expected));
  const tokensB = new Set(contentTokens(stated));
  if (tokensA.size === 0 || tokensB.size === 0) return false;
  const [shorter, longer] = tokensA.size <= tokensB.size ? [tokensA, tokensB] : [tokensB, tokensA];
  return [...shorter].every((t) => longer.has(t));
}
