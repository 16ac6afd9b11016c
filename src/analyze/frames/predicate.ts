import { CHANGE_VERBS } from "./running.js";
import type { TaggedToken } from "./tagger.js";

/** Words that end a clause: a figure's verb is not read across them. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", "—", "–", ".", "and", "but", "while", "which", "who"]);
/** Words between a verb and the figure it governs: "rose to about 40", "killed at least 12". */
const BETWEEN_VERB_AND_VALUE: ReadonlySet<string> = new Set(["DET", "ADV", "ADP", "PART", "ADJ", "CCONJ"]);
const MAX_GAP = 4;
/** Verbs of a figure's change or size, not of what was done: "rose to 43", "reached 40", "stood at 12". */
const VERBS_OF_SIZE: ReadonlySet<string> = new Set([...CHANGE_VERBS, "reach", "stand", "total", "number", "hit", "top", "be"]);

/**
 * What was done with a counted thing, as a verb's dictionary form: the verb that takes the figure
 * as its object ("identified 66 victims" → identify, "rose to 43" → rise), else the verb its
 * noun phrase is the subject of ("27 people died" → die, "133 cardinals were gathered" →
 * gather). Two figures of one noun done different things to ("died", "were rescued") are figures
 * of different things.
 */
export function predicateOf(tokens: readonly TaggedToken[], valueFirst: number, measureEnd: number): string | undefined {
  for (let k = valueFirst - 1; k >= 0 && k >= valueFirst - 1 - MAX_GAP; k--) {
    const token = tokens[k]!;
    if (token.pos === "VERB") return VERBS_OF_SIZE.has(token.lemma) ? undefined : token.lemma;
    if (CLAUSE_ENDS.has(token.lower) || !BETWEEN_VERB_AND_VALUE.has(token.pos)) break;
  }
  for (let k = measureEnd; k < tokens.length && k < measureEnd + MAX_GAP; k++) {
    const token = tokens[k]!;
    if (token.pos === "VERB") return VERBS_OF_SIZE.has(token.lemma) ? undefined : token.lemma;
    if (CLAUSE_ENDS.has(token.lower) || (token.pos !== "AUX" && token.pos !== "ADV" && token.pos !== "PART")) break;
  }
  return undefined;
}
