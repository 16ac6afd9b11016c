/**
 * How much time apart weakens the case that two reports tell one event. Reports of one event
 * mostly fall within days of each other; a later development (an apology, an admission months on)
 * is a new story even with every name shared. Undated reports are not penalised.
 */
const SAME_EVENT_DAYS = 3;
const HALF_LIFE_DAYS = 7;

export function timeAffinity(day: number | null, groupDays: readonly number[]): number {
  if (day === null || groupDays.length === 0) return 1;
  let nearest = Infinity;
  for (const d of groupDays) nearest = Math.min(nearest, Math.abs(d - day));
  return affinityAtGap(nearest);
}

/** Affinity between two stories: the nearest pair of their days. */
export function storiesAffinity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 1;
  let nearest = Infinity;
  for (const d of a) for (const e of b) nearest = Math.min(nearest, Math.abs(d - e));
  return affinityAtGap(nearest);
}

function affinityAtGap(days: number): number {
  if (days <= SAME_EVENT_DAYS) return 1;
  return Math.pow(0.5, (days - SAME_EVENT_DAYS) / HALF_LIFE_DAYS);
}

/**
 * The widest gap in days at which a report could still join a story: beyond it, even a perfect
 * cosine of 1 times the time affinity stays under the join threshold. Candidate retrieval looks
 * only at stories active within this window, so it loses nothing the scoring would have kept
 * (at the default threshold 0.2: 3 + 7·log2(5) ≈ 19.3 → 20 days).
 */
export function candidateWindowDays(joinThreshold: number): number {
  return Math.ceil(SAME_EVENT_DAYS + HALF_LIFE_DAYS * Math.log2(1 / joinThreshold));
}
