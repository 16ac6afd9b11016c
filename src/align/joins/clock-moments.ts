import type { Stated } from "../stated.js";

/**
 * One moment told with different verbs: a report has the smoke "rise" at 5:43 p.m., another has it
 * "appear" at 17:43, a third "spotted" at 5:43 p.m. local time. A time given to the minute (not
 * on a round five minutes, where two things of one story often happen) that reports frame with
 * different verbs is one moment: each of them joins the slot most of its reports use (the first
 * such slot on a tie). Only equal values join, so no report is set against another by it.
 */
export function joinSameMoments(stated: Stated[]): Stated[] {
  const slotsByMoment = new Map<string, Map<string, Set<string>>>();
  for (const s of stated) {
    if (!isPreciseClock(s)) continue;
    const slots = slotsByMoment.get(s.value) ?? new Map<string, Set<string>>();
    slotsByMoment.set(s.value, slots);
    slots.set(s.claim.key, (slots.get(s.claim.key) ?? new Set()).add(s.article.article.id));
  }
  const target = new Map<string, string>();
  for (const [moment, slots] of slotsByMoment) {
    if (slots.size < 2 || !acrossReports(slots)) continue;
    const [first] = [...slots].sort((a, b) => b[1].size - a[1].size);
    target.set(moment, first![0]);
  }
  return stated.map((s) => {
    const key = isPreciseClock(s) ? target.get(s.value) : undefined;
    return key && key !== s.claim.key ? { ...s, claim: { ...s.claim, key, measure: key } } : s;
  });
}

/** Minutes that round times fall on ("at 9:30", "at 10:15"): two things of one story may share them. */
const ROUND_MINUTES = 5;

function isPreciseClock(s: Stated): boolean {
  if (s.claim.valueType !== "clock") return false;
  const minute = Number(/:(\d{2})$/.exec(s.value)?.[1] ?? 0);
  return minute % ROUND_MINUTES !== 0;
}

/** The slots' frames come from more than one report: one report's two verbs of one minute may be two things. */
function acrossReports(slots: Map<string, Set<string>>): boolean {
  return new Set([...slots.values()].flatMap((ids) => [...ids])).size >= 2;
}
