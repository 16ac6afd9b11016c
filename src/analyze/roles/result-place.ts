import type { Claim, EntityMention, Sentence } from "../../types.js";

/**
 * FRAME_RESULT_PLACE: where a result happened, told in the clause that gives it: "Harbour City
 * beat the Rovers 3-1 at Westmark Arena in Lakeport" → Westmark Arena and Lakeport. Read only
 * after the result, up to the first word that opens another clause, so a place the sentence
 * gives for something else ("…, a year after the riot in Port Vell") is not the result's.
 * A story tells of other games and votes, so these places are never held against each other.
 */
export function findResultPlaces(sentence: Sentence, names: readonly EntityMention[], resultEnd: number): Claim[] {
  const local = (offset: number) => offset - sentence.start;
  const breakAt = CLAUSE_BREAK_RE.exec(sentence.text.slice(local(resultEnd)));
  const limit = breakAt ? resultEnd + breakAt.index : sentence.end;
  const claims: Claim[] = [];
  for (const name of names) {
    if (name.start < resultEnd || name.end > limit || name.type !== "place" || EDITION_RE.test(name.surface)) continue;
    if (!PLACE_PREPOSITION_RE.test(sentence.text.slice(Math.max(0, local(name.start) - 8), local(name.start)))) continue;
    claims.push({
      kind: "place",
      key: "place: result",
      value: name.key,
      display: name.surface,
      comparable: false,
      sentence: sentence.index,
      span: { start: name.start, end: name.end },
      rule: "FRAME_RESULT_PLACE",
    });
  }
  return claims;
}

/** "in", "at" (and "the") right before the name. */
const PLACE_PREPOSITION_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** Words that open another clause, whose places are its own. */
const CLAUSE_BREAK_RE = /[;:(—]|\s(?:after|before|when|while|which|who|where|since|because|but|as|and\s+(?:then|later))\s/i;
/** "Westmark Cup XII", "Games 2030": a name that ends in a numeral is an edition of an event, not a place. */
const EDITION_RE = /(?:\s[IVXLC]{1,6}|\d{1,4})$/;
