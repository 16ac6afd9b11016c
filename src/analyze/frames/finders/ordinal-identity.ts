import type { EntityMention, Sentence } from "../../../types.js";
import type { TaggedToken } from "../tagger.js";

/** Words that link a name to the place in a series it takes ("was elected the 48th", "became the 12th", "as the 9th"). */
const LINKS: ReadonlySet<string> = new Set([
  "as", "was", "is", "be", "been", "has", "have", "had", "will", "became", "become", "becomes", "elected", "named",
  "chosen", "appointed", "crowned", "sworn", "in", "installed",
]);
/** Words after the noun that make the series a narrower one ("the second woman to…", "the 12th player from…"). */
const NARROWING: ReadonlySet<string> = new Set(["to", "from", "since", "ever", "among", "in", "outside", "born"]);

/**
 * "Ana Ruiz was elected the 48th abbess of the order", "the chapter chose Ana Ruiz as the 48th
 * Abbess": a named person who is the Nth of a series is that series' Nth once and for all; another
 * report that makes her the 49th contradicts it. The name, when the ordinal phrase at `ordinal`
 * ending at `head` is linked to a name right before it by such words and the series is not
 * narrowed after the noun ("the second woman to lead it" may be true beside "the 48th abbess").
 */
export function identityOwner(
  sentence: Sentence, tokens: readonly TaggedToken[], ordinal: number, head: number, names: readonly EntityMention[],
): EntityMention | undefined {
  if (NARROWING.has(tokens[head + 1]?.lower ?? "")) return undefined;
  let k = ordinal - 1;
  if (tokens[k]?.lower !== "the") return undefined;
  k--;
  const linkEnd = k;
  while (k >= 0 && LINKS.has(tokens[k]!.lower)) k--;
  if (k === linkEnd || k < 0) return undefined;
  const end = tokens[k]!.end;
  // A name the recogniser could not type is still the holder; a place is not.
  return names.find((m) => m.type !== "place" && m.end === end && m.sentence === sentence.index);
}
