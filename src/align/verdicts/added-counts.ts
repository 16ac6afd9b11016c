import type { Stated } from "../stated.js";

/** Words after a number that make it a count of more of a noun already counted ("two more items"). */
const ADDED_WORDS: ReadonlySet<string> = new Set(["more", "additional", "further", "other"]);
/** Characters after a figure's start read for the word of addition. */
const ADDED_REACH = 40;

/**
 * "Burglars took five paintings… one more painting was dropped and recovered": a report that gives
 * more of the noun it counts, under another outcome, counts a part; the whole taken may be its
 * figure plus those. Another report's figure between the two ("six paintings taken") may count some
 * of them: it is no rival of the part.
 */
export function countsAddedOnes(part: Stated, other: Stated): boolean {
  const { claim } = part;
  if (claim.kind !== "quantity" || !claim.measure || claim.qualifier || other.claim.qualifier) return false;
  const [base, value] = [Number(part.value), Number(other.value)];
  if (!Number.isFinite(base) || !Number.isFinite(value) || value <= base) return false;
  const added = part.article.claims
    .filter((c) => c.kind === "quantity" && c.measure?.startsWith(`${claim.measure} `) && isAddition(c.span.start, part.article.article.text))
    .reduce((sum, c) => sum + Number(c.value), 0);
  return value <= base + added;
}

/** Whether the words right after the number starting at `start` say "more" ("two more", "three other"). */
function isAddition(start: number, text: string): boolean {
  const words = text.slice(start, start + ADDED_REACH).toLowerCase().split(" ");
  return words.slice(1, 3).some((w) => ADDED_WORDS.has(w));
}
