/**
 * A machine-readable publish time with its time of day: "2026-03-02T14:05:00+01:00",
 * "2026-03-02 14:05Z", "2026-03-02T14:05:00.000Z" → "2026-03-02T14:05:00+01:00" / "…T14:05Z" /
 * "…T14:05:00Z": ISO 8601, seconds kept when given, the offset kept as the page states it (the
 * reader's clock is the outlet's). Null for a date alone, or anything else.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?[ ]?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function isoDateTime(value: string | null | undefined): string | null {
  const match = value ? DATE_TIME.exec(value.trim()) : null;
  if (!match) return null;
  const [, date, hours, minutes, seconds, zone] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return null;
  return `${date}T${hours}:${minutes}${seconds ? `:${seconds}` : ""}${offset(zone)}`;
}

/** "Z" stays "Z"; "+0100" and "+01" become "+01:00"; no zone stays none (local time of the page). */
function offset(zone: string | undefined): string {
  if (!zone) return "";
  if (zone.toUpperCase() === "Z") return "Z";
  const digits = zone.slice(1).replace(":", "");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}
