import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { ORDINAL_PATTERN, ordinalValue } from "../values/index.js";

/**
 * Where a named party, team or runner finished: its place in a result.
 * - FRAME_RANK_FINISHED: "the Greens came in second", "Westmark United finished third",
 *   "the Labour Front, led by Ana Ruiz, came second" (an aside between name and verb is skipped),
 *   "was projected to finish second";
 * - FRAME_RANK_WENT_TO: "Second place went to the Greens".
 * A place is a fact of its owner; a story also tells of earlier results ("came second in 2021"),
 * so two places are never held against each other (`comparable: false`).
 */
export function findRankClaims(sentence: Sentence, names: readonly EntityMention[]): Claim[] {
  const claims: Claim[] = [];
  const local = (offset: number) => offset - sentence.start;
  for (const name of names) {
    const finished = FINISHED_RE.exec(sentence.text.slice(local(name.end)));
    // "the Labour Front (LF) came second": the name in brackets gives it, once.
    const bracketed = (m: EntityMention) => m.start > name.end && /^\s*\($/.test(sentence.text.slice(local(name.end), local(m.start)));
    if (finished && !names.some(bracketed)) {
      const at = name.end + finished[0].length - finished[1]!.length;
      claims.push(rankClaim(sentence, name, finished[1]!, name.start, at + finished[1]!.length, "FRAME_RANK_FINISHED"));
      continue;
    }
    const wentTo = WENT_TO_RE.exec(sentence.text.slice(0, local(name.start)));
    if (wentTo) {
      const at = sentence.start + wentTo.index + wentTo[0].indexOf(wentTo[1]!);
      claims.push(rankClaim(sentence, name, wentTo[1]!, at, name.end, "FRAME_RANK_WENT_TO"));
    }
  }
  return claims;
}

/** A sentence that may tell a place in a result: tagged only when it does. */
export const RANK_HINT = new RegExp(`\\b${ORDINAL_PATTERN}\\b`, "i");

/** After the name: an optional aside, an optional "was projected to", the verb, the ordinal. */
const FINISHED_RE = new RegExp(
  `^\\)?(?:\\s*\\([^()]{1,30}\\))?(?:\\s*,[^,.;:]{1,60},)?\\s+(?:(?:was|were|is|are)\\s+(?:projected|expected|set|on\\s+course)\\s+to\\s+)?(?:came|comes|come|finished|finishes|finish|placed|ended|ends|ranked|ranks)\\s+(?:up\\s+)?(?:in\\s+)?(?:a\\s+)?(?:distant\\s+|close\\s+|strong\\s+)?(${ORDINAL_PATTERN})\\b(?!\\s*-)`,
  "iu",
);
/** Before the name: "second place went to (the)". */
const WENT_TO_RE = new RegExp(`\\b(${ORDINAL_PATTERN})\\s+place\\s+went\\s+to\\s+(?:the\\s+)?$`, "iu");

function rankClaim(sentence: Sentence, owner: EntityMention, ordinal: string, start: number, end: number, rule: string): Claim {
  const n = ordinalValue(ordinal)!;
  return {
    kind: "quantity",
    key: "finishing place",
    measure: "finishing place",
    owner: owner.key,
    value: String(n),
    number: n,
    display: ordinal,
    valueType: "ordinal",
    comparable: false,
    sentence: sentence.index,
    span: { start: Math.min(start, owner.start), end: Math.max(end, owner.end) },
    rule,
  };
}
