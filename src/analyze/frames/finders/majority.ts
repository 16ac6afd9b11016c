import type { Claim, Sentence } from "../../../types.js";
import { frameClaim } from "./value-frames.js";
import type { TaggedToken } from "../tagger.js";
import { parseCount } from "../values/index.js";
import { TIME_UNITS } from "../../../lexicons/units.js";

/** Verbs that make a majority a line to reach, not a margin won: "to reach the 41-seat majority". */
const THRESHOLD_VERBS: ReadonlySet<string> = new Set(["reach", "need", "require"]);
/** Words that make the figure what is still missing, not the line itself: "needs 5 more seats". */
const SHORTFALL: ReadonlySet<string> = new Set(["more", "additional", "another", "extra", "further", "fewer", "less"]);
/** How far before "the 41-seat majority" its verb may stand: "needed to reach the". */
const VERB_REACH = 4;

/**
 * The line a majority is drawn at, one fact however a report counts it (seats, votes, mandates):
 * "to reach the 41-seat majority", "a party needs 41 seats for a majority", "(for this you need to
 * have 41 votes out of 80)" in a sentence about a majority. A "41-seat majority" won is a margin,
 * not this line, and is left alone. Stated only (`comparable: false`): a shortfall or a margin read
 * as the line must never become a dispute.
 */
export function findMajorityThreshold(sentence: Sentence, tokens: readonly TaggedToken[]): Claim[] {
  const out: Claim[] = [];
  const majority = tokens.findIndex((t) => t.lower === "majority");
  if (majority < 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.pos === "NUM" ? parseCount(tokens[i]!.text) : undefined;
    if (n === undefined || !Number.isInteger(n) || n < 2) continue;
    const end = compoundEnd(tokens, i) ?? neededEnd(tokens, i);
    if (end === undefined) continue;
    out.push(frameClaim(sentence, tokens, i, end, { key: "majority threshold", value: String(n), number: n, valueType: "count", rule: "FRAME_MAJORITY", comparable: false }));
  }
  return out;
}

/** "reach the 41-seat majority": the end of the compound when a verb of reaching governs it. */
function compoundEnd(tokens: readonly TaggedToken[], i: number): number | undefined {
  if (tokens[i + 1]?.text !== "-" || tokens[i + 2]?.pos !== "NOUN" || tokens[i + 3]?.lower !== "majority") return undefined;
  const before = tokens.slice(Math.max(0, i - VERB_REACH), i);
  return before.some((t) => THRESHOLD_VERBS.has(t.lemma)) ? i + 4 : undefined;
}

/** "needs 41 seats", "need to have 41 votes": the figure right after "need" (and "to" and one verb), in a sentence about a majority. */
function neededEnd(tokens: readonly TaggedToken[], i: number): number | undefined {
  let k = i - 1;
  if (tokens[k]?.pos === "VERB" && tokens[k - 1]?.lower === "to") k -= 2;
  if (!THRESHOLD_VERBS.has(tokens[k]?.lemma ?? "") || tokens[k]?.pos === "NOUN") return undefined;
  const noun = tokens[i + 1];
  // "needs three weeks to form a government": a time is no line of a majority.
  if (!noun || noun.pos !== "NOUN" || SHORTFALL.has(noun.lower) || TIME_UNITS.has(noun.lower)) return undefined;
  return i + 2;
}
