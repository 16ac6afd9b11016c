/** Whole days since 1970-01-01 for an ISO date, or null when there is none. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso.slice(0, 10));
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}
