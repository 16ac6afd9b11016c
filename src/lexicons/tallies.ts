/**
 * Nouns of the running tallies of a disaster or a crisis: the area burned or flooded, what was
 * destroyed, the bodies found. Reports a day apart give them higher and higher; read by
 * align/verdicts/slots.ts to show their figures as a timeline, smallest first, when reports are undated.
 */
const TALLY_NOUNS: ReadonlySet<string> = new Set([
  "acre", "hectare", "square mile", "square kilometre", "square kilometer",
  "structure", "home", "house", "building", "business",
  "body", "casualty", "death", "fatality", "evacuee", "arrest", "case",
  // The share of a fire's edge held: it only rises until the fire is out ("14% contained").
  "contained",
]);

/**
 * Nouns before a tally noun that make it a thing, not a tally: a "display case" or "glass case"
 * holds objects, and a count of them ("two display cases smashed") is fixed once the event
 * happened, unlike the cases of a disease.
 */
const THING_MODIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["case", new Set(["display", "glass", "show", "trophy", "jewel", "jewelry", "jewellery", "book", "packing", "carrying", "pencil", "phone", "storage"])],
]);

/** Whether a measure ("destroyed structure", "acre", "homes destroyed") names a tally noun. */
export function isTallyNoun(measure: string): boolean {
  const words = measure.toLowerCase().split(" ").map((w) => (w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  const tally = (w: string, i: number) => TALLY_NOUNS.has(w) && !THING_MODIFIERS.get(w)?.has(words[i - 1] ?? "");
  return words.some((w, i) => tally(w, i) || TALLY_NOUNS.has(`${w} ${words[i + 1] ?? ""}`));
}
