import type { TaggedToken } from "./tagger.js";

/** Places whose size in people is background: "a town of about 9,000 people". */
const SETTLEMENTS: ReadonlySet<string> = new Set([
  "town", "city", "village", "hamlet", "country", "nation", "island", "region", "district", "province",
  "state", "county", "community", "suburb", "municipality", "metropolis", "capital", "port", "area",
]);
/** Nouns that count a place's people. */
const DWELLERS: ReadonlySet<string> = new Set(["people", "residents", "inhabitants", "souls", "citizens", "persons"]);
/** Words allowed between "of" and the number: "of about", "of more than", "of some". */
const APPROXIMATIONS: ReadonlySet<string> = new Set(["about", "around", "roughly", "some", "nearly", "almost", "over", "more", "than", "just", "under", "fewer", "less", "approximately", "only"]);

/**
 * "a town of about 9,000 people", "the island, a community of 300 residents": the size of a place
 * told to set the scene, not a count of anyone the event touched.
 */
export function isPlaceSize(tokens: readonly TaggedToken[], first: number, head: string): boolean {
  if (!DWELLERS.has(head)) return false;
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && APPROXIMATIONS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== "of") return false;
  k--;
  while (k >= 0 && tokens[k]!.pos === "ADJ") k--;
  return SETTLEMENTS.has(tokens[k]?.lower ?? "");
}
