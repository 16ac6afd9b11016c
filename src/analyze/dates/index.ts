import { FUTURE_MARKERS, FUTURE_MARKERS_BEFORE_TO, FUTURE_MARKER_WINDOW, MONTHS, STAMP_WORDS } from "../../lexicons/calendar.js";
import type { Claim, Sentence } from "../../types.js";
import { tokenIndexAt, tokensOf, type Token } from "../claim-tokens.js";
import { datePhrasesOf, type DatePhrase } from "./patterns.js";
import { resolveDate } from "./resolve.js";
import { isAttributionTag, isComparedEvent, nearestTrigger, triggerAt, triggersOf, type EventTrigger } from "../event-triggers.js";
import type { FinderInput } from "../finder-input.js";
import { announcesPlan } from "./announcement.js";

/** How far (tokens) after "N months after" the event it counts from may stand ("after the Azerbaijani Airlines crash"). */
const AFTER_EVENT_WINDOW = 5;
/** A trigger further than this (tokens) from a date does not own it: the key is "date: unspecified". */
const MAX_TRIGGER_DISTANCE = 20;

/**
 * Date claims: every date phrase of the text, resolved against the publish date, keyed by the
 * event it dates ("date: incident", "date: meeting", "date: statement"; "date: unspecified" when
 * no event word owns it or it dates an earlier event the report compares with).
 *
 * 1. find date phrases (date-patterns.ts), skipping publish/update stamps;
 * 2. resolve each (date-resolve.ts);
 * 3. key it by the event trigger it modifies or the nearest one (event-triggers.ts).
 */
export function findDateClaims(input: FinderInput): Claim[] {
  const claims: Claim[] = [];
  const phrases = datePhrasesOf(input);
  const tokens = tokensOf(input);
  const triggers = triggersOf(input);
  for (const sentence of input.sentences) {
    const sentencePhrases = phrases[sentence.index]!;
    if (sentencePhrases.length === 0) continue;
    const sentenceTokens = tokens[sentence.index]!;
    const boundaries = clauseBoundaryCounts(sentenceTokens);
    for (const phrase of sentencePhrases) {
      if (isStamp(input.text, sentence, sentenceTokens, phrase)) continue;
      if (isFalseWeekday(sentenceTokens, phrase) || isMonthRange(sentenceTokens, phrase)) continue;
      const resolved = resolveDate(phrase, input.published, isFutureDate(sentenceTokens, phrase));
      if (!resolved) continue;
      const { key, rule } = keyOf(sentenceTokens, boundaries, triggers[sentence.index]!, phrase);
      claims.push({
        kind: "date",
        key,
        value: resolved.value,
        display: phrase.text,
        precision: resolved.precision,
        sentence: sentence.index,
        span: { start: phrase.start, end: phrase.end },
        rule: `${RULE_BY_KIND[phrase.kind]}+${rule}`,
      });
    }
  }
  return claims;
}

/** Rule ids by kind of date phrase. */
const RULE_BY_KIND: Record<DatePhrase["kind"], string> = {
  "iso": "DATE_ISO",
  "month-day": "DATE_MONTH_DAY",
  "day-month": "DATE_DAY_MONTH",
  "month-year": "DATE_MONTH_YEAR",
  "month": "DATE_MONTH",
  "weekday": "DATE_WEEKDAY",
  "relative-day": "DATE_RELATIVE_DAY",
  "relative-period": "DATE_RELATIVE_PERIOD",
  "ago": "DATE_SPAN_BACK",
  "year": "DATE_YEAR",
};

function keyOf(tokens: readonly Token[], boundaries: readonly number[], triggers: readonly EventTrigger[], phrase: DatePhrase): { key: string; rule: string } {
  const first = tokenIndexAt(tokens, phrase.start);
  const after = tokenIndexAt(tokens, phrase.end);
  if (isComparedEvent(tokens, first)) return { key: "date: unspecified", rule: "KEY_COMPARED_EVENT" };
  // "10 months after the crash": the date is the crash's.
  if (phrase.kind === "ago" && phrase.direction === "after") {
    const owner = triggers.find((t) => t.start >= after && t.start - after <= AFTER_EVENT_WINDOW && t.cls !== "statement");
    return owner ? { key: `date: ${owner.cls}`, rule: "KEY_AFTER_EVENT" } : { key: "date: unspecified", rule: "KEY_NONE" };
  }
  // "the December 2024 downing", "Thursday's meeting": the date modifies the next noun.
  const attributive = triggerAt(triggers, after);
  if (attributive) return { key: `date: ${attributive.cls}`, rule: "KEY_ATTRIBUTIVE" };
  // ", officials said." after the date is an attribution tag, not the dated event; an event in
  // another clause ("spent Saturday searching after the launch capsized") is not dated by it.
  const owners = triggers.filter((t) => !(t.start >= after && isAttributionTag(tokens, t)) && !acrossClause(boundaries, t, first, after));
  const nearest = nearestTrigger(owners, first, after);
  if (!nearest || Math.abs(nearest.start - first) > MAX_TRIGGER_DISTANCE) return { key: "date: unspecified", rule: "KEY_NONE" };
  if (isComparedEvent(tokens, nearest.start)) return { key: "date: unspecified", rule: "KEY_COMPARED_EVENT" };
  if (announcesPlan(tokens, nearest)) return { key: "date: announcement", rule: "KEY_ANNOUNCED_PLAN" };
  return { key: `date: ${nearest.cls}`, rule: "KEY_NEAREST" };
}

/**
 * Words that open a clause with its own time: a date on one side does not date an event on the
 * other ("… on Saturday after the launch capsized"). "while", "when" and "as" are left out: they
 * join things that happen at the same time ("on Thursday while meeting …").
 */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  "after", "before", "because", "since", "until", "although", "though", "whereas", "but", "following", "despite",
]);

/** Clause boundaries among the sentence's first k tokens, for every k: each date asks in O(1). */
function clauseBoundaryCounts(tokens: readonly Token[]): number[] {
  const counts = [0];
  for (const token of tokens) counts.push(counts[counts.length - 1]! + (CLAUSE_BOUNDARIES.has(token.lower) ? 1 : 0));
  return counts;
}

function acrossClause(boundaries: readonly number[], trigger: EventTrigger, first: number, after: number): boolean {
  const [from, to] = trigger.start >= after ? [after, trigger.start] : [trigger.end, first];
  return to > from && boundaries[to]! > boundaries[from]!;
}

/** A future marker ("will", "due", "next") in the words before the date in its sentence. */
function isFutureDate(tokens: readonly Token[], phrase: DatePhrase): boolean {
  const first = tokenIndexAt(tokens, phrase.start);
  // One token more for a marker before "to": the "to" is what must be near the date.
  for (let k = Math.max(0, first - FUTURE_MARKER_WINDOW - 1); k < first; k++) {
    const word = tokens[k]!.lower;
    if (k >= first - FUTURE_MARKER_WINDOW && (FUTURE_MARKERS.has(word) || word.endsWith("'ll") || word.endsWith("’ll"))) return true;
    if (FUTURE_MARKERS_BEFORE_TO.has(word) && /^(?:to|for)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  }
  return false;
}

/** Words that may share a line with a stamp date ("Thursday 9 October 2025 10:00 GMT"). */
const STAMP_LINE_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc", "am", "pm", "ist", "est", "bst",
]);

/**
 * Publish and update stamps: a date right after a stamp word ("Updated: 09 Oct", "date 2025-10-09")
 * or standing alone on its line ("09 October 2025" under a headline).
 */
function isStamp(text: string, sentence: Sentence, tokens: readonly Token[], phrase: DatePhrase): boolean {
  const first = tokenIndexAt(tokens, phrase.start);
  for (let k = Math.max(0, first - 2); k < first; k++) {
    if (STAMP_WORDS.has(tokens[k]!.lower)) return true;
  }
  // The phrase's line within its sentence: looked for only there, so a long line is not searched per date.
  let lineStart = phrase.start;
  while (lineStart > sentence.start && text[lineStart - 1] !== "\n") lineStart--;
  let lineEnd = phrase.end;
  while (lineEnd < sentence.end && text[lineEnd] !== "\n") lineEnd++;
  for (let k = first - 1; k >= 0 && tokens[k]!.start >= lineStart; k--) {
    if (isLineWord(tokens[k]!)) return false;
  }
  for (let k = tokenIndexAt(tokens, phrase.end); k < tokens.length && tokens[k]!.end <= lineEnd; k++) {
    if (isLineWord(tokens[k]!)) return false;
  }
  return true;
}

function isLineWord(token: Token): boolean {
  return token.kind === "word" && token.text.length > 1 && !STAMP_LINE_WORDS.has(token.lower);
}

/** "from June to September", "between May and July": a season or period, not the date of an event. */
function isMonthRange(tokens: readonly Token[], phrase: DatePhrase): boolean {
  if (phrase.kind !== "month") return false;
  const first = tokenIndexAt(tokens, phrase.start);
  const after = tokenIndexAt(tokens, phrase.end);
  const link = tokens[after]?.lower ?? "";
  if ((link === "to" || link === "until" || link === "through" || link === "and" || link === "-" || link === "–")
    && MONTH_NAMES.has(tokens[after + 1]?.lower ?? "")) return true;
  const before = tokens[first - 1]?.lower ?? "";
  return (before === "to" || before === "until" || before === "and") && MONTH_NAMES.has(tokens[first - 2]?.lower ?? "");
}
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS.keys()]);

/**
 * A weekday with no "on"/"last" before it and a capitalised word after it is part of a name
 * ("the Sunday Times", "Good Friday Agreement"), not a date.
 */
function isFalseWeekday(tokens: readonly Token[], phrase: DatePhrase): boolean {
  if (phrase.kind !== "weekday" || phrase.modifier || phrase.possessive) return false;
  const after = tokens[tokenIndexAt(tokens, phrase.end)];
  const before = tokens[tokenIndexAt(tokens, phrase.start) - 1];
  return (after?.kind === "word" && after.cap) || (before?.kind === "word" && before.cap);
}
