import type { Claim } from "../types.js";

/**
 * The terms a report's claims give clustering. A claim's slot is named by the report's own words
 * ("deal value", "plan value", "amount" for one sum; "date: statement", "date: agreement" for one
 * day), so reports of one event that word a slot differently share nothing on `key=value`. What
 * they share is the stated value itself when it is specific: the same sum in the same currency,
 * the same share to the tenth, the same calendar day. Those are keyed by the value and its type,
 * beside the slot term, so that reports sharing few words (a wire item and a feature) still meet
 * on the figures they state.
 */
export function claimTerms(claim: Claim): string[] {
  // A person named by a bare title ("President X") or a win the story recalls names no one event.
  if (claim.kind === "quote" || claim.key.startsWith("count:") || (claim.kind === "entity" && claim.comparable === false)) return [];
  const slot = `c:${claim.key}=${claim.value}`;
  if (claim.kind === "date") return isCalendarDay(claim) ? [`d:${claim.value}`] : [slot];
  const value = statedValueTerm(claim);
  return value ? [slot, value] : [slot];
}

/** Types whose value alone names a figure of the event: a sum of money, a share. */
const VALUE_KEYED_TYPES: ReadonlySet<string> = new Set(["amount", "percent"]);

/**
 * A value is specific when it has two or more significant digits ("$47", "$12.6 billion", "31.5%",
 * "11 billion"): one-digit round figures ("$2 million", "10%", "half") recur in unrelated reports.
 */
const MIN_SIGNIFICANT_DIGITS = 2;

function statedValueTerm(claim: Claim): string | null {
  if (!claim.valueType || !VALUE_KEYED_TYPES.has(claim.valueType) || claim.number === undefined) return null;
  if (significantDigits(claim.number) < MIN_SIGNIFICANT_DIGITS) return null;
  return `v:${claim.valueType} ${claim.unit ?? ""}=${claim.value}`;
}

/**
 * A day the report writes out ("June 18", "14 February 2019"), not one read from a weekday or
 * "yesterday": every report published that week resolves "Monday" to the same day, whatever it
 * is about, so only written-out days are evidence of one event.
 */
function isCalendarDay(claim: Claim): boolean {
  return ISO_DAY.test(claim.value) && DIGIT.test(claim.display);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DIGIT = /\d/;

/** The fewest significant digits that write `n` exactly (47 → 2, 12.6e9 → 3, 2e6 → 1). */
function significantDigits(n: number): number {
  for (let digits = 1; digits < MAX_DIGITS; digits++) if (Number(n.toPrecision(digits)) === n) return digits;
  return MAX_DIGITS;
}

/** Digits a double holds exactly. */
const MAX_DIGITS = 15;
