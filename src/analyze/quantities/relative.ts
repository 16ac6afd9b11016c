import type { Claim, Sentence } from "../../types.js";
import { defineTokenRole } from "../claim-tokens.js";

/**
 * Counts stated relative to everyone aboard, with no number: "the loss of all passengers and
 * crew onboard", "killing everyone on board", "everyone on board died", "all passengers and crew
 * were killed". Each gives killed = all (of aboard) and survivors = none (of aboard).
 * ("no survivors" and "no one survived" come through the number reader as survivors 0, and
 * quantities.ts adds the same pair.)
 */
const EVERYONE = String.raw`(?:all|everyone|everybody|every\s+one)(?!\s+\d)`;
const GROUP = String.raw`(?:(?:of\s+)?(?:the|those)\s+)?(?<group>(?:passengers|people|persons|occupants|souls|travell?ers)(?:\s+and\s+crew(?:\s+members)?)?|crew(?:\s+members)?)`;
const ABOARD = String.raw`(?<aboard>on\s?board(?:\s+the\s+\w+)?|aboard(?:\s+the\s+\w+)?|on\s+the\s+(?:plane|aircraft|jet|airliner|jetliner|flight|train|bus|coach|ship|ferry|boat|vessel|helicopter))`;
const KILLED = String.raw`(?:killed|dead|died|perished|lost\s+their\s+lives|drowned)`;
const AUXILIARY = String.raw`(?:(?:were|was|are|have|had|have\s+been|had\s+been|were\s+all|are\s+feared|are\s+believed\s+to\s+have|are\s+presumed|were\s+confirmed)\s+)?`;

/** "killing/killed/loss of/deaths of … all …": everyone is the object of a killing. */
const ALL_AS_OBJECT = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill|loss\s+of|deaths\s+of|death\s+of|lives\s+of|claim(?:ed|ing)\s+the\s+lives\s+of)\s+${EVERYONE}(?:\s+${GROUP})?(?:\s+${ABOARD})?`,
  "giu",
);
/** "everyone on board died", "all passengers and crew were killed": everyone is the subject. */
const ALL_AS_SUBJECT = new RegExp(
  String.raw`\b${EVERYONE}(?:\s+${GROUP})?(?:\s+${ABOARD})?\s+${AUXILIARY}${KILLED}\b`,
  "giu",
);

/** Words one of which every such statement contains; other sentences are not searched. */
export const EVERYONE_WORDS = defineTokenRole(["all", "everyone", "everybody", "every"]);

/** Call only for sentences with an EVERYONE_WORDS token (see `sentenceRolesOf`). */
export function findRelativeClaims(sentence: Sentence): Claim[] {
  const claims: Claim[] = [];
  for (const [pattern, rule] of [[ALL_AS_OBJECT, "QTY_ALL_ABOARD_OBJECT"], [ALL_AS_SUBJECT, "QTY_ALL_ABOARD_SUBJECT"]] as const) {
    for (const match of sentence.text.matchAll(pattern)) {
      if (!match.groups!.group && !match.groups!.aboard) continue; // "killing all" of whom? not said
      const start = sentence.start + match.index;
      claims.push(...allKilledPair({ start, end: start + match[0].length }, match[0], sentence.index, rule));
    }
  }
  return claims;
}

/** killed = all of aboard, survivors = none of aboard: two statements of one sentence. */
export function allKilledPair(span: { start: number; end: number }, display: string, sentence: number, rule: string): Claim[] {
  return [
    { kind: "quantity", key: "killed", value: "all", display, relative: { of: "aboard", share: "all" }, sentence, span, rule },
    { kind: "quantity", key: "survivors", value: "0", number: 0, display, relative: { of: "aboard", share: "none" }, sentence, span, rule },
  ];
}
