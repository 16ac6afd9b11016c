import type { ClaimKind } from "../types.js";

/**
 * Slots whose differing values are not contradictions: loose counts ("count: missile" may count
 * different missiles), dates with no event or of a statement (people say things on many days),
 * and quotes (different quotes are different things said).
 */
const NEVER_CONFLICTING_PREFIXES = ["count:", "quote:", "date: unspecified", "date: statement"];

export function canConflict(key: string, kind: ClaimKind): boolean {
  if (kind === "quote" || kind === "statement") return false;
  return !NEVER_CONFLICTING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * Counts that grow or shrink as an event unfolds. Two reports published on different days that
 * give different values for these are an update (a rising toll), not a contradiction.
 */
const EVOLVING_SLOTS = new Set(["killed", "injured", "missing", "rescued", "survivors", "evacuated", "displaced", "arrested", "affected"]);

export function isEvolving(key: string): boolean {
  return EVOLVING_SLOTS.has(key);
}

/**
 * Where an event happened is told at several scales and along a path (hit near one city, crashed
 * near another). For these slots a lone report against a lone report is too weak to call a
 * contradiction: one side must be backed by two independent reports.
 */
export function needsCorroboratedSide(key: string): boolean {
  return key.startsWith("place:");
}

/** Slots of a head count; "aboard = killed + survivors (+ missing)" relates them. */
export const HEAD_COUNT = { total: "aboard", parts: ["killed", "survivors"], optional: ["missing"] } as const;
