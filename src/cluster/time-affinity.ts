/**
 * How much time apart weakens the case that two reports tell one event. Reports of one event
 * mostly fall within days of each other; a later development (an apology, an admission months on)
 * is a new story even with every name shared. Undated reports are not penalised.
 */
const SAME_EVENT_DAYS = 3;
const HALF_LIFE_DAYS = 7;
/**
 * The half-life when the report and the story follow the same moving tallies (running-tallies.ts):
 * an event still unfolding (a fire burning, floodwaters receding) is reported for two to four
 * weeks, each report with the count of its day. At 14 days a report 8 days after the last one
 * keeps 0.78 of its score (0.61 at 7) and one 19 days on 0.45, so a story of several reports
 * takes it at the cosines same-event reports reach; two events of one kind a week apart still
 * need cosine to join, and months apart stay apart (0.5^(57/14) ≈ 0.06 at two months).
 */
const ONGOING_HALF_LIFE_DAYS = 14;

export function timeAffinity(day: number | null, groupDays: readonly number[], ongoing = false): number {
  if (day === null || groupDays.length === 0) return 1;
  let nearest = Infinity;
  for (const d of groupDays) nearest = Math.min(nearest, Math.abs(d - day));
  return affinityAtGap(nearest, ongoing);
}

/** Affinity between two stories: the nearest pair of their days. */
export function storiesAffinity(a: readonly number[], b: readonly number[], ongoing = false): number {
  if (a.length === 0 || b.length === 0) return 1;
  let nearest = Infinity;
  for (const d of a) for (const e of b) nearest = Math.min(nearest, Math.abs(d - e));
  return affinityAtGap(nearest, ongoing);
}

function affinityAtGap(days: number, ongoing: boolean): number {
  if (days <= SAME_EVENT_DAYS) return 1;
  return Math.pow(0.5, (days - SAME_EVENT_DAYS) / (ongoing ? ONGOING_HALF_LIFE_DAYS : HALF_LIFE_DAYS));
}

/**
 * The widest gap in days at which a report could still join a story: beyond it, even a perfect
 * cosine of 1 times the time affinity stays under the join threshold. Candidate retrieval looks
 * only at stories active within this window, so it loses nothing the scoring would have kept; it
 * is taken at the ongoing half-life, the longest a report can be given
 * (at a bar of 0.2: 3 + 14·log2(5) ≈ 35.5 → 36 days).
 */
export function candidateWindowDays(joinThreshold: number): number {
  return Math.ceil(SAME_EVENT_DAYS + ONGOING_HALF_LIFE_DAYS * Math.log2(1 / joinThreshold));
}
