import type { TaggedToken } from "../tagger.js";
import { qualifierBefore } from "../values/index.js";

/** Places whose size in people is background: "a town of about 9,000 people". */
const SETTLEMENTS: ReadonlySet<string> = new Set([
  "town", "city", "village", "hamlet", "country", "nation", "island", "region", "district", "province",
  "state", "county", "community", "suburb", "municipality", "metropolis", "capital", "port", "area",
]);
/** Nouns that count a place's people. */
const DWELLERS: ReadonlySet<string> = new Set(["people", "residents", "inhabitants", "souls", "citizens", "persons"]);

/**
 * "a town of about 9,000 people", "the island, a community of 300 residents": the size of a place
 * told to set the scene, not a count of anyone the event touched.
 */
export function isPlaceSize(tokens: readonly TaggedToken[], first: number, head: string): boolean {
  if (!DWELLERS.has(head)) return false;
  let k = (qualifierBefore(tokens, first)?.first ?? first) - 1;
  if (tokens[k]?.lower !== "of") return false;
  k--;
  while (k >= 0 && tokens[k]!.pos === "ADJ") k--;
  return SETTLEMENTS.has(tokens[k]?.lower ?? "");
}
