import { TRAVEL_WORDS } from "../../lexicons/place-words.js";
import { CAPACITY_CUES, CAPACITY_WINDOW, LEFT_SKIP_WORDS, NOUN_SLOTS } from "../../lexicons/quantity-slots.js";
import { RATE_ADVERBS, RATE_WORDS_BEFORE_UNIT, TIME_UNITS } from "../../lexicons/units.js";
import type { Claim } from "../../types.js";
import type { Token } from "../claim-tokens.js";
import type { DatePhrase } from "../dates/patterns.js";
import { resolveDate } from "../dates/resolve.js";
import type { RightContext } from "./context.js";

/*
 * Cues around a number that change what it counts, read by quantities.ts: an earlier event's
 * year, a rate, a capacity, "alive", "with" travellers, the word before the number.
 */

/**
 * The year of an earlier event the sentence dates before the number ("surpassing a 1968 crash
 * that killed 34", "in 1977, killing 583", "twenty years ago, a similar tsunami killed 230,000"):
 * a date before it resolving to a year before last year. Such counts are of that event.
 */
export function earlierYearBefore(at: number, dates: readonly DatePhrase[], published: string | null): number | undefined {
  if (!published) return undefined;
  const thisYear = Number(published.slice(0, 4));
  let year: number | undefined;
  for (const date of dates) {
    if (date.end > at) break;
    const resolved = resolveDate(date, published);
    const resolvedYear = resolved ? Number(resolved.value.slice(0, 4)) : NaN;
    year = resolvedYear < thisYear - 1 ? resolvedYear : undefined;
  }
  return year;
}

/**
 * QTY_EARLIER_EVENT: the slot of an earlier event gets its year ("killed (1977)"), so it neither
 * contradicts this event's count nor is lost: reports about that event agree on it. Loose
 * counts keep their key.
 */
export function ofEarlierYear(claim: Claim, year: number): Claim {
  if (claim.key.startsWith("count:")) return claim;
  return { ...claim, key: `${claim.key} (${year})`, rule: `${claim.rule}+QTY_EARLIER_EVENT` };
}

/** "70,000 passengers a day", "10,000 deaths annually": a rate (QTY_SKIP_RATE). */
export function isRate(tokens: readonly Token[], right: RightContext): boolean {
  const at = right.headIndex >= 0 ? right.headIndex + 1 : -1;
  if (at < 0) return false;
  const next = tokens[at];
  if (!next) return false;
  if (RATE_ADVERBS.has(next.lower)) return true;
  return RATE_WORDS_BEFORE_UNIT.has(next.lower) && TIME_UNITS.has(tokens[at + 1]?.lower ?? "");
}

/** "pulled 171 people out of the water alive": "alive" a few words after the counted noun, in the same clause. */
export function aliveLater(tokens: readonly Token[], right: RightContext): boolean {
  if (right.headIndex < 0) return false;
  for (let k = right.headIndex + 1; k < Math.min(tokens.length, right.headIndex + 8); k++) {
    if (tokens[k]!.kind === "punct") return false;
    if (tokens[k]!.lower === "alive") return true;
  }
  return false;
}

/** "a launch … with 214 passengers": "with" before travellers in a sentence about a journey. */
export function withTravellers(tokens: readonly Token[], start: number, right: RightContext): boolean {
  if (!right.head || NOUN_SLOTS.get(right.head) !== "aboard" || right.listedWithOthers) return false;
  if (tokens[start - 1]?.lower !== "with") return false;
  return tokens.some((t) => TRAVEL_WORDS.has(t.lower));
}

/** "licensed to carry 150", "a capacity of 150": a capacity cue a few tokens before the number. */
export function isCapacity(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - CAPACITY_WINDOW); k--) {
    if (tokens[k]!.kind === "punct") return false;
    if (CAPACITY_CUES.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** The word before a number phrase, past "the", "a total of" and the like. */
export function leftWordOf(tokens: readonly Token[], start: number): string {
  let k = start - 1;
  while (k >= 0 && (LEFT_SKIP_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === "of")) k--;
  return tokens[k]?.lower ?? "";
}

