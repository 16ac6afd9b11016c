import type { EntityMention } from "../../../types.js";
import type { TaggedToken } from "../tagger.js";
import { lemmaOf } from "./measure.js";

/** Words that link a noun to the figure that measures it: "a height of 30 feet", "capacity to 5 million tonnes". */
const LINKS: ReadonlySet<string> = new Set(["of", "to"]);
/** Words of degree that may stand between the link and the figure: "of about 30 feet", "to roughly 5 million". */
const DEGREE_TAGS: ReadonlySet<string> = new Set(["ADV", "ADP", "ADJ"]);
/** Longest run of such words read back from the figure: "to just over", "of more than". */
const MAX_DEGREE = 3;

/**
 * A length or weight alone does not say what was measured; the noun it is "of" or raised "to"
 * does: "a height of 30 feet", "the plant's capacity to roughly 5 million tonnes". The token index
 * of that noun (its lemma is the measure), or -1 when the figure has no such noun before it.
 */
export function nounMeasuredBefore(tokens: readonly TaggedToken[], first: number): number {
  let k = first - 1;
  for (let read = 0; k >= 0 && read < MAX_DEGREE && !LINKS.has(tokens[k]!.lower) && DEGREE_TAGS.has(tokens[k]!.pos); read++) k--;
  if (k < 1 || !LINKS.has(tokens[k]!.lower)) return -1;
  return tokens[k - 1]!.pos === "NOUN" ? k - 1 : -1;
}

/** "height in feet", "capacity in tonnes": a measure in its unit, so that figures in two units are not set against each other. */
export function unitMeasure(noun: TaggedToken, unit: string): string {
  return `${lemmaOf(noun)} in ${PLURALS.get(unit) ?? `${unit}s`}`;
}

/** Units whose plural is not the name and an "s". */
const PLURALS: ReadonlyMap<string, string> = new Map([["foot", "feet"], ["inch", "inches"], ["pound weight", "pounds"]]);

/** Modifiers that may stand between a possessive and its noun: "the plant's annual output". */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(["ADJ", "NOUN"]);
const MAX_MODIFIERS = 3;

/** The name whose noun it is, by a possessive before its modifiers: "Corvane Steel's annual capacity". */
export function possessorOf(tokens: readonly TaggedToken[], noun: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  let k = noun - 1;
  for (let read = 0; k >= 0 && read < MAX_MODIFIERS && MODIFIER_TAGS.has(tokens[k]!.pos); read++) k--;
  const mark = tokens[k];
  if (!mark || (mark.lower !== "'s" && mark.lower !== "’s" && mark.text !== "'" && mark.text !== "’")) return undefined;
  const named = tokens[k - 1];
  return named ? mentions.find((m) => m.end === named.end) : undefined;
}
