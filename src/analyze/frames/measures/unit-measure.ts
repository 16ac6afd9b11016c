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

/**
 * Links that bound a noun's value by the figure after them: "its altitude above 870 feet" is an
 * altitude of more than 870 feet, "a depth below 5 metres" one of less than 5; the qualifier each
 * gives the figure, named as the count finder names it.
 */
const BOUND_LINKS: ReadonlyMap<string, string> = new Map([
  ["above", "more than"], ["beyond", "more than"], ["exceeding", "more than"], ["below", "fewer than"], ["beneath", "fewer than"],
]);
/** Words that may stand between a bounding link and its figure: "above its permitted 870 feet", "below the legal 30 metres". */
const BOUND_GAP_TAGS: ReadonlySet<string> = new Set(["DET", "PRON", "ADJ", "VERB"]);

/**
 * "Its altitude above its permitted 870 feet": the noun a length or weight bounds, with the
 * qualifier the link gives the figure. A word between the link and the figure says what the
 * figure is to the noun (a limit, a mark: "permitted", "legal"), not what it measures.
 */
export function nounBoundedBefore(tokens: readonly TaggedToken[], first: number): { noun: number; qualifier: string } | null {
  let k = first - 1;
  for (let read = 0; k >= 0 && read < MAX_DEGREE && !BOUND_LINKS.has(tokens[k]!.lower) && BOUND_GAP_TAGS.has(tokens[k]!.pos); read++) k--;
  const qualifier = BOUND_LINKS.get(tokens[k]?.lower ?? "");
  if (k < 1 || !qualifier) return null;
  return tokens[k - 1]!.pos === "NOUN" ? { noun: k - 1, qualifier } : null;
}

/**
 * Verbs whose length "at" is a level, named by the noun that measures it: an aircraft "flying at
 * 870 feet" is at an altitude of 870 feet, a river that "crested at 30 feet" had a crest of 30
 * feet, one that "peaked at" a peak of them.
 */
const LEVEL_VERBS: readonly [RegExp, string][] = [
  [/^(?:fl(?:y|ies|ew|own|ying)|hover(?:s|ed|ing)?|cruis(?:e|es|ed|ing))$/, "altitude"],
  [/^crest(?:s|ed|ing)?$/, "crest"],
  [/^peak(?:s|ed|ing)?$/, "peak"],
];
/** Words that may stand between a figure and one before it in a list of one verb's figures: "at 29 feet in Alton and 23 feet in Brill". */
const LIST_GAP_TAGS: ReadonlySet<string> = new Set(["ADP", "PROPN", "DET", "CCONJ", "ADJ", "NOUN", "PUNCT", "NUM"]);
/** Tokens read back from a figure for its level verb, across a list of figures: "crested at 29 feet in Alton, 23 feet in Brill and at 31 feet in Cray". */
const MAX_LEVEL_REACH = 16;

/**
 * The measure of a length given as the level a verb reached ("flying at 870 feet" → altitude,
 * "crested at 29 feet in Alton and 23 feet in Brill": both crests), or undefined. Only a list
 * of places and figures may stand between the verb and the figure: a clause of its own verb
 * ("flew to Brill, where the river was 3 feet deep") says something else.
 */
export function levelMeasureBefore(tokens: readonly TaggedToken[], first: number): string | undefined {
  const link = tokens[first - 1]?.lower;
  const verb = link === "at" || link === "to" ? tokens[first - 2] : undefined;
  const level = verb ? LEVEL_VERBS.find(([form]) => form.test(verb.lower))?.[1] : undefined;
  return level ?? listedLevel(tokens, first);
}

/** The level verb of a list's first figure, for a later figure of the list in the same unit. */
function listedLevel(tokens: readonly TaggedToken[], first: number): string | undefined {
  const unit = tokens[first + 1]?.lemma;
  for (let k = first - 1; k >= Math.max(0, first - MAX_LEVEL_REACH); k--) {
    const token = tokens[k]!;
    if (!LIST_GAP_TAGS.has(token.pos) || token.text === ";" || token.text === "(") return undefined;
    if (token.pos === "NUM" && tokens[k + 1]?.lemma === unit) return levelMeasureBefore(tokens, k);
  }
  return undefined;
}

/** "height in feet", "capacity in tonnes": a measure in its unit, so that figures in two units are not set against each other. */
export function unitMeasure(noun: TaggedToken | string, unit: string): string {
  return `${typeof noun === "string" ? noun : lemmaOf(noun)} in ${PLURALS.get(unit) ?? `${unit}s`}`;
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
