/**
 * Participles that make "<name>-<participle> <place>" say who governs the place ("Veldish-
 * administered Norland", "Ostrian-held Lake Kerra"): the place is what the phrase names, the
 * power before the hyphen is not.
 */
export const GOVERNING_PARTICIPLES: ReadonlySet<string> = new Set([
  "administered", "controlled", "occupied", "held", "run", "ruled", "governed", "annexed",
]);

/** "Veldish-administered", "ostrian-held": one word naming who governs the place after it. */
export function namesGoverningPower(word: string): boolean {
  const pieces = word.split(/[-‐‑]/);
  return pieces.length === 2 && pieces[0] !== "" && GOVERNING_PARTICIPLES.has(pieces[1]!.toLowerCase());
}
