import type { Claim, ClaimKind } from "../types.js";

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
 * Counts that move one way as an event unfolds: tolls and tallies of the rescued only grow as
 * bodies are found and people brought out; the missing may go either way (found alive, or found
 * dead). A later report whose figure moved that way is an update; one that moved against it is a
 * contradiction.
 */
const EVOLVING_SLOTS: ReadonlyMap<string, "up" | "either"> = new Map([
  ["killed", "up"], ["injured", "up"], ["rescued", "up"], ["survivors", "up"], ["evacuated", "up"],
  ["displaced", "up"], ["arrested", "up"], ["affected", "up"], ["missing", "either"],
]);

/**
 * Frames whose value is fixed once the event happened: an age, a score, a price, a sentence, a
 * count of titles. Two of those that differ are a contradiction whenever they were reported.
 */
const FIXED_VALUE_TYPES: ReadonlySet<string> = new Set(["age", "score", "amount", "duration", "times"]);
/** Counts of an election move either way as votes are counted (preliminary, then final). */
const TALLY_SLOTS: ReadonlySet<string> = new Set(["turnout", "share", "seats", "votes"]);

/** Whether a value `later` reported after `earlier` is an update of an evolving count. */
export function isUpdate(key: string, frame: Claim, earlier: number, later: number, undated = false): boolean {
  if (frame.valueType && FIXED_VALUE_TYPES.has(frame.valueType)) return false;
  const base = key.split(":")[0]!.trim();
  const direction = EVOLVING_SLOTS.get(base) ?? (TALLY_SLOTS.has(base) || frame.rule === "QTY_COUNT_NOUN" ? "either" : undefined);
  if (!direction || earlier === later) return false;
  // Without dates only a tally that only grows can be put in order.
  if (undated) return direction === "up" && later > earlier;
  return direction === "either" || later > earlier;
}

/**
 * An incident that involves a vehicle happens along a path: a plane hit near one city crashes near
 * another, a train derails miles from where a fire started. For the place of an incident a lone
 * report against a lone report is too weak to call a contradiction: one side must be backed by
 * two independent reports. Meetings, votes and quakes happen in one place and need no such backing.
 */
export function needsCorroboratedSide(key: string): boolean {
  return key === "place: incident";
}

/** Slots of a head count; "aboard = killed + survivors (+ missing)" relates them. */
export const HEAD_COUNT = { total: "aboard", parts: ["killed", "survivors"], optional: ["missing"] } as const;
