import type { Claim, ClaimKind } from "../../types.js";
import { isTallyNoun } from "../../lexicons/tallies.js";

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
 * bodies are found and people brought out, and so does the count of the dead identified; the missing may go either way (found alive, or found
 * dead). A later report whose figure moved that way is an update; one that moved against it is a
 * contradiction.
 */
const EVOLVING_SLOTS: ReadonlyMap<string, "up" | "either"> = new Map([
  ["killed", "up"], ["injured", "up"], ["rescued", "up"], ["survivors", "up"], ["evacuated", "up"],
  ["displaced", "up"], ["arrested", "up"], ["affected", "up"], ["identified", "up"], ["missing", "either"],
]);

/** A slot of a count that moves as an event unfolds (a toll, the injured, the missing). */
export function isEvolvingSlot(key: string): boolean {
  return EVOLVING_SLOTS.has(key.split(":")[0]!.trim());
}

/** A slot of a tally that only grows as an event unfolds (a toll, the injured), never one that may fall (the missing). */
export function onlyGrows(key: string): boolean {
  return EVOLVING_SLOTS.get(key.split(":")[0]!.trim()) === "up";
}

/**
 * Frames whose value is fixed once the event happened: an age, a score, a price, a sentence, a
 * count of titles, the time of day something happened. Two of those that differ are a contradiction whenever they were reported.
 */
const FIXED_VALUE_TYPES: ReadonlySet<string> = new Set(["age", "score", "amount", "duration", "times", "clock"]);
/** Counts of an election move either way as votes are counted (preliminary, then final). */
const TALLY_SLOTS: ReadonlySet<string> = new Set(["turnout", "share", "seats", "votes"]);

/**
 * Whether a value `later` reported after `earlier` is an update of an evolving count. `frames` are
 * the claims behind both values: an open count any of them gives as still moving ("has burned",
 * "so far", "rose to"), or whose noun is a running tally of a disaster (acres burned, homes
 * destroyed), only grows.
 */
export function isUpdate(key: string, frames: Claim[], earlier: number, later: number, undated = false): boolean {
  const frame = frames[0]!;
  if (frame.valueType && FIXED_VALUE_TYPES.has(frame.valueType)) return false;
  const base = key.split(":")[0]!.trim();
  const running = frames.some((f) => f.changing || isTallyNoun(f.measure ?? base));
  // A turnout climbs through election day; shares move a little between projections and the
  // final count. Seats and votes are read off a count and are not given undated in steps.
  const tally = EVOLVING_SLOTS.has(base) || base === "turnout" || (base === "share" && !percentJump(earlier, later));
  // Any other open count ("four thieves", "two display cases", "120 delegates") is fixed once the
  // event happened, unless a report gives it as still moving: two reports that differ on it
  // disagree, whenever they were published.
  const direction = EVOLVING_SLOTS.get(base) ?? (running ? "up" : TALLY_SLOTS.has(base) ? "either" : undefined);
  // "All aboard died" is no figure counted at a moment: it is held against the toll, not put in line with it.
  if (!direction || earlier === later || Number.isNaN(earlier) || Number.isNaN(later)) return false;
  // Undated, a tally of the event (a toll, the missing, a turnout, a party's share) is more likely
  // counted at two moments than misreported, and so is any count a report gives as still moving;
  // they are shown in order of size. Other undated counts that differ are not put in order.
  if (undated) return tally || (direction === "up" && later > earlier);
  return direction === "either" || later > earlier;
}

/** Points a party's share moves between a projection and the final count. */
const COUNTING_DRIFT_POINTS = 3;

/** A share that differs by more than counting moves it (17.3% against 23%) is a misreport, not an earlier count. */
function percentJump(a: number, b: number): boolean {
  return Math.abs(a - b) > COUNTING_DRIFT_POINTS;
}

/**
 * An incident that involves a vehicle happens along a path: a plane hit near one city crashes near
 * another, a train derails miles from where a fire started. For the place of an incident a lone
 * report against a lone report is too weak to call a contradiction: one side must be backed by
 * two independent reports. A vote is held in many places at once: the town where one report has
 * a leader cast a ballot is no rival of the place another names. Meetings and quakes happen in
 * one place and need no such backing.
 */
export function needsCorroboratedSide(key: string): boolean {
  return key === "place: incident" || key === "place: vote";
}

/** Slots of a head count; "aboard = killed + survivors (+ missing)" relates them. */
export const HEAD_COUNT = { total: "aboard", parts: ["killed", "survivors"], optional: ["missing"] } as const;
