import type { EntityMention } from "../../../types.js";
import { NAMED_EVENT_HEADS } from "../../../lexicons/events.js";
import { entityKey } from "../../entities/key.js";
import type { TaggedToken } from "../tagger.js";

/**
 * Whether a sentence may name an event ("the Ridgeline fire"): a capitalised word, then a noun of
 * NAMED_EVENT_HEADS. A cheap test on the text, so that sentences with no value are tagged only when
 * later sentences may refer to an event they name.
 */
export function mayNameEvent(text: string): boolean {
  const words = text.split(" ");
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1]!;
    if (before.length > 1 && before[0] !== before[0]!.toLowerCase() && NAMED_EVENT_HEADS.has(bareWord(words[k]!))) return true;
  }
  return false;
}

/** A word without the punctuation that may close it ("fire," → "fire"), in lower case. */
function bareWord(word: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1]!.toLowerCase() === word[end - 1]!.toUpperCase()) end--;
  return word.slice(0, end).toLowerCase();
}

/** A named event of a sentence ("the Ridgeline fire") and the noun that names its kind ("fire"). */
export interface NamedEvent {
  mention: EntityMention;
  head: string;
}

/**
 * Events named by a proper noun and the noun of their kind: "the Cedar Canyon Fire", "the Ridgeline
 * fire" (one key whatever the case of the noun). The entity finder sees only "Cedar Canyon", a
 * place; figures told of the fire belong to the fire.
 */
export function findNamedEvents(tokens: readonly TaggedToken[], sentence: number): NamedEvent[] {
  const found: NamedEvent[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]!;
    if (!NAMED_EVENT_HEADS.has(head.lower) || tokens[k - 1]!.pos !== "PROPN") continue;
    let first = k - 1;
    while (first > 0 && tokens[first - 1]!.pos === "PROPN") first--;
    const words = tokens.slice(first, k).map((t) => t.text);
    const surface = `${words.join(" ")} ${head.text}`;
    const key = entityKey(`${words.join(" ")} ${head.lower}`, "organization");
    found.push({ mention: { surface, type: "organization", key, start: tokens[first]!.start, end: head.end, sentence }, head: head.lower });
  }
  return found;
}

/**
 * The event a clause speaks of without naming it: "It has burned 13,500 acres" right after the
 * sentence that named the fire, or "The fire was 45% contained" after a sentence that named
 * one fire. `clauseFirst` is the clause's first token.
 */
export function referredEvent(
  tokens: readonly TaggedToken[], clauseFirst: number, previous: readonly NamedEvent[], earlier: NamedEvent | undefined,
): NamedEvent | undefined {
  const first = tokens[clauseFirst];
  const next = tokens[clauseFirst + 1];
  if (!first || !next) return undefined;
  if (first.lower === "it" && (next.pos === "VERB" || next.pos === "AUX")) return previous.length === 1 ? previous[0] : undefined;
  if (first.lower === "the" && earlier && next.lower === earlier.head && (tokens[clauseFirst + 2]?.pos === "VERB" || tokens[clauseFirst + 2]?.pos === "AUX")) return earlier;
  return undefined;
}
