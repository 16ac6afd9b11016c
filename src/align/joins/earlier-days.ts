import type { Stated } from "../stated.js";
import { dayNumber } from "../../cluster/index.js";

/**
 * Days before the story's first report beyond which a figure's day is another event's: a week
 * covers a report filed a day or two after its event and a disaster whose first days it recounts
 * ("the fire that broke out on Tuesday has burned…"); a raid weeks before the strikes a story
 * tells of lies beyond it.
 */
const EARLIER_EVENT_DAYS = 7;

/**
 * "The strikes answered an attack on March 3 that killed 26": a figure its sentence dates to a day
 * more than a week before the story's first report (`firstDay`) is the figure of an earlier event
 * the reports recall, not of the story's own: it goes on a slot of its measure and that day
 * ("killed (2031-03-03)"), whatever owner or kind of victim each report names, where the reports
 * that date it agree on it or part on it, and it is never set against the story's own toll.
 */
export function joinEarlierDays(stated: Stated[], firstDay: string | undefined): Stated[] {
  const first = dayNumber(firstDay ?? null);
  if (first === null) return stated;
  return stated.map((s) => {
    const { kind, time, measure } = s.claim;
    if (kind !== "quantity" || !time || !measure) return s;
    const day = time.slice(0, 10);
    const dated = dayNumber(day);
    if (dated === null || first - dated <= EARLIER_EVENT_DAYS) return s;
    return { ...s, claim: { ...s.claim, key: `${measure} (${day})` } };
  });
}
