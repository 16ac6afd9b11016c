import type { Claim } from "../types.js";
import type { Stated } from "./stated.js";

/** What a comparison of two values may need to know about the rest of the story. */
export interface StoryContext {
  /** The value most reports give for a quantity slot ("aboard" → 67), for "all aboard" claims. */
  slotValue(key: string): number | undefined;
  /** Whether the text of some report places one place inside another (Grozny in Chechnya). */
  contains(outer: string, inner: string): boolean;
}

/** Two dates a day apart can be one event told across a time zone or a midnight. */
const DATE_TOLERANCE_DAYS = 1;

/** Whether two statements of one slot can both be true. */
export function statementsCompatible(a: Stated, b: Stated, context: StoryContext): boolean {
  switch (a.claim.kind) {
    case "quantity":
      return quantitiesCompatible(a.claim, b.claim, context);
    case "date":
      return datesCompatible(a.value, b.value);
    case "quote":
    case "statement":
      return true;
    default:
      return a.value === b.value || context.contains(a.value, b.value) || context.contains(b.value, a.value);
  }
}

type Interval = [low: number, high: number];

function quantitiesCompatible(a: Claim, b: Claim, context: StoryContext): boolean {
  const x = intervalOf(a, context);
  const y = intervalOf(b, context);
  if (!x || !y) return true;
  return x[0] <= y[1] && y[0] <= x[1];
}

/**
 * The range of true values a quantity claim allows. Vague qualifiers get a margin that a reader
 * would grant them ("nearly 40" is 34–40, "about 40" is 36–44).
 */
export function intervalOf(claim: Claim, context: StoryContext): Interval | null {
  const n = claim.relative ? relativeValue(claim, context) : claim.number ?? Number(claim.value);
  if (n === undefined || Number.isNaN(n)) return null;
  switch (claim.qualifier) {
    case "at least":
      return [n, Infinity];
    case "more than":
      return [n + Number.EPSILON, Infinity];
    case "nearly":
      return [n * 0.85, n];
    case "about":
      return [n * 0.9, n * 1.1];
    case "up to":
      return [0, n];
    case "fewer than":
      return [0, n - Number.EPSILON];
    default:
      return [n, n];
  }
}

function relativeValue(claim: Claim, context: StoryContext): number | undefined {
  if (claim.relative?.share === "none") return 0;
  return context.slotValue(claim.relative!.of);
}

function datesCompatible(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length === 10 && b.length === 10) {
    return Math.abs(Date.parse(a) - Date.parse(b)) <= DATE_TOLERANCE_DAYS * 86_400_000;
  }
  return false;
}
