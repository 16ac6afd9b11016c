/**
 * Number words of English news copy, read by analyze/numbers.ts.
 * Lower-case. Kept as data so that a missing word is a one-line fix, not a code change.
 */

/** Words for 0–19: the "units" of a spelled-out number ("thirty-eight" = thirty + eight). */
export const NUMBER_UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);

/** Tens, combined with a unit by a hyphen or a space ("forty-two", "forty two"). */
export const NUMBER_TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/**
 * Scale words multiply what precedes them ("2 million", "one hundred"). The power of ten is kept
 * (not the value) so that "2.3 million" is scaled by moving the decimal point, with no float error.
 * "lakh" and "crore" are standard in South Asian English-language news.
 */
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 2], ["thousand", 3], ["lakh", 5], ["million", 6], ["crore", 7], ["billion", 9], ["trillion", 12],
]);

/**
 * Scale abbreviations written straight after digits ("1.5bn", "2m", "10k"). "m" is also metres:
 * analyze/numbers.ts reads it as million only before a counted plural noun or after a currency sign.
 */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["k", 3], ["m", 6], ["mn", 6], ["mln", 6], ["bn", 9], ["b", 9], ["tn", 12], ["trn", 12],
]);

/** "a dozen" is exactly 12; "two dozen" is 24. */
export const DOZEN_WORD = "dozen";

/**
 * Plural scale words that give an order of magnitude, not a count ("hundreds of people").
 * A claim needs a value that can be compared, so these are skipped (and stop a partitive "N of").
 */
export const VAGUE_NUMBER_WORDS: ReadonlySet<string> = new Set([
  "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "lakhs", "crores",
]);

/** Words that state a count of zero. "no" counts only before a slot noun ("no survivors"). */
export const ZERO_WORDS: ReadonlySet<string> = new Set(["none", "zero", "nobody", "no-one"]);

/**
 * Qualifiers before a number and the normalised form align understands (align/verdicts/compatibility.ts
 * gives each a range: "at least", "more than", "about", "nearly", "up to", "fewer than").
 * Longer phrases first within each first word so "no fewer than" wins over "no".
 */
export const QUANTITY_QUALIFIERS: readonly (readonly [phrase: string, normalised: string | null])[] = [
  ["at least", "at least"], ["no fewer than", "at least"], ["no less than", "at least"], ["not less than", "at least"],
  ["a minimum of", "at least"],
  ["more than", "more than"], ["well over", "more than"], ["just over", "just over"], ["over", "more than"],
  ["upwards of", "more than"], ["in excess of", "more than"],
  ["about", "about"], ["around", "about"], ["some", "about"], ["roughly", "about"], ["approximately", "about"],
  ["approx", "about"], ["an estimated", "about"], ["estimated", "about"], ["circa", "about"],
  ["nearly", "nearly"], ["almost", "nearly"], ["close to", "nearly"], ["just under", "nearly"], ["just shy of", "nearly"],
  ["up to", "up to"], ["as many as", "up to"], ["no more than", "up to"], ["not more than", "up to"],
  ["a maximum of", "up to"], ["at most", "up to"],
  ["fewer than", "fewer than"], ["less than", "fewer than"], ["under", "fewer than"],
  // Stated as exact: the qualifier is dropped.
  ["exactly", null], ["precisely", null], ["only", null], ["just", null],
];
