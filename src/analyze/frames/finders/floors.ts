import type { Claim, Sentence } from "../../../types.js";
import { ordinalValue } from "../values/index.js";
import type { TaggedToken } from "../tagger.js";

/** A sentence may name a floor: the word is there. */
export const FLOOR_HINT = /\bfloor\b/i;
/** Ordinals ordinal-words.ts leaves out as turns of phrase, which before "floor" name a level. */
const LEVEL_WORDS: ReadonlyMap<string, number> = new Map([["ground", 0], ["first", 1], ["1st", 1]]);

/**
 * FRAME_FLOOR: the level of a building where something happened: "on the third floor", "a
 * first-floor window", "entered the first floor". Stated as the report words it; never held against
 * another report's floor (countries number floors differently: one's first floor is another's second).
 */
export function findFloorClaims(sentence: Sentence, tokens: readonly TaggedToken[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const n = LEVEL_WORDS.get(word.toLowerCase()) ?? ordinalValue(word);
    if (n === undefined || (i > 0 && /^\p{Lu}/u.test(word))) continue;
    const floor = tokens[i + 1]?.text === "-" ? i + 2 : i + 1;
    if (tokens[floor]?.lower !== "floor") continue;
    const span = { start: tokens[i]!.start, end: tokens[floor]!.end };
    claims.push({
      kind: "quantity",
      key: "floor",
      measure: "floor",
      value: String(n),
      number: n,
      display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      valueType: "ordinal",
      comparable: false,
      sentence: sentence.index,
      span,
      rule: "FRAME_FLOOR",
    });
  }
  return claims;
}
