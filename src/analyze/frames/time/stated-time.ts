import type { DatePhrase } from "../../dates/patterns.js";
import { resolveDate } from "../../dates/resolve.js";

/** "8 a.m.", "2:30 p.m.", "10pm": the hour a figure was given at. */
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\b\.?/i;
/** Parts of a day, in their order: "late Friday" is after "Friday morning". */
const DAY_PARTS: readonly (readonly [RegExp, number])[] = [
  [/\bmorning\b/i, 9], [/\bnoon\b|\bmidday\b/i, 12], [/\bafternoon\b/i, 15], [/\bevening\b|\blate\b/i, 19], [/\bnight\b/i, 22],
];

/**
 * The time the figures of one sentence hold, when it says so: the day a weekday or date phrase names, and
 * the hour of a clock time or part of the day ("as of 8 a.m. Tuesday" → 2025-07-08T08). Only days:
 * a year or a month alone usually dates something else ("the worst since 1987"). A sentence that
 * names two days dates each figure by the nearer one before it ("Troops moved in on Monday after
 * a raid on March 3 that killed 12": the 12 died on March 3), else by the first after it. Made
 * once per sentence, read per figure by `valueStart` (an offset into the article, as date phrases).
 */
export function statedTimes(dates: readonly DatePhrase[], sentence: string, published: string | null): (valueStart: number) => string | undefined {
  const days = dates.filter((d) => d.kind === "weekday" || d.kind === "month-day" || d.kind === "day-month" || d.kind === "relative-day" || d.kind === "iso");
  if (days.length === 0) return () => undefined;
  const hour = hourOf(sentence);
  return (valueStart) => {
    const dayPhrase = days.findLast((d) => d.end <= valueStart) ?? days.find((d) => d.start >= valueStart) ?? days[0]!;
    const day = resolveDate(dayPhrase, published)?.value;
    if (!day || day.length !== 10) return undefined;
    return hour === undefined ? day : `${day}T${String(hour).padStart(2, "0")}`;
  };
}

function hourOf(sentence: string): number | undefined {
  const clock = CLOCK.exec(sentence);
  if (clock) return (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === "p" ? 12 : 0);
  return DAY_PARTS.find(([pattern]) => pattern.test(sentence))?.[1];
}
