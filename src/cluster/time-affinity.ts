/**
 * How much time apart weakens the case that two reports tell one event. Reports of one event
 * mostly fall within days of each other; a later development (an apology, an admission months on)
 * is a new story even with every name shared. Undated reports are not penalised.
 */
const SAME_EVENT_DAYS = 3;
const HALF_LIFE_DAYS = 7;

export function timeAffinity(day: number | null, groupDays: number[]): number {
  if (day === null || groupDays.length === 0) return 1;
  let nearest = Infinity;
  for (const d of groupDays) nearest = Math.min(nearest, Math.abs(d - day));
  if (nearest <= SAME_EVENT_DAYS) return 1;
  return Math.pow(0.5, (nearest - SAME_EVENT_DAYS) / HALF_LIFE_DAYS);
}
