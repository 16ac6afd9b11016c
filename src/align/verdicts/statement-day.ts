import type { Stated } from "../stated.js";
import { WEEKDAYS } from "../../lexicons/calendar.js";

const WEEKDAY = [...WEEKDAYS.keys()].join("|");
/** A verb of saying in any tense: who gave the figure, and when. */
const SAYING = String.raw`(?:said|says|confirmed|confirms|announced|announces|told\s+\w+|reported|stated|added)`;
/**
 * "said on Monday", "confirmed Monday", "told reporters on Tuesday", "on Monday said": the weekday
 * a figure was given on, right beside the verb of saying that gives it.
 */
const SAID_ON_WEEKDAY = new RegExp(String.raw`\b${SAYING}\s+(?:on\s+)?(${WEEKDAY})\b|\bon\s+(${WEEKDAY}),?\s+${SAYING}\b`, "i");
/** An hour or a part of the day: a figure given twice on one day may have moved between them. */
const HOUR_OF_DAY = /\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b|\b(?:morning|noon|midday|afternoon|evening|night|late|early)\b/i;

/** Days apart within which one weekday name means one day. */
const ONE_WEEK_DAYS = 7;

/**
 * "The camp said on Monday it had lost 12" against "the camp confirmed Monday it had lost 15":
 * figures each report gives as said on the same weekday, with no hour that could set them apart,
 * were given at one moment; whichever report came later, the two cannot be steps of a tally
 * that moved. Reports more than a week apart may mean two Mondays and tell nothing.
 */
export function saidOnOneDay(a: Stated[], b: Stated[], daysApart: number | null): boolean {
  if (daysApart !== null && daysApart >= ONE_WEEK_DAYS) return false;
  const days = (said: Stated[]) => new Set(said.map(weekdaySaid).filter((d): d is string => d !== undefined));
  const [of, other] = [days(a), days(b)];
  return of.size === 1 && other.size === 1 && [...of][0] === [...other][0];
}

/** The weekday a statement's sentence says its figure was given on, lower-case; undefined when it names none, or an hour. */
function weekdaySaid(s: Stated): string | undefined {
  const text = s.article.sentences[s.claim.sentence]?.text ?? "";
  if (HOUR_OF_DAY.test(text)) return undefined;
  const match = SAID_ON_WEEKDAY.exec(text);
  return (match?.[1] ?? match?.[2])?.toLowerCase();
}
