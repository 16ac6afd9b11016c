import type { Claim, EntityMention, Sentence } from "../../types.js";
import { normalizeTitle } from "./titles.js";
import type { TaggedToken } from "../frames/tagger.js";

/**
 * ANALYZE_HONOUR: who took a game's honour, told without "named": "Ruiz … en route to earning
 * Harbour Cup MVP honours", "winning the MVP award", "Ruiz's MVP performance". The holder is the
 * name before the honour: the possessive right before it, else the subject of "earning": the
 * first name before it that a verb follows ("Ruiz was superb, … earning"; not "Gulls" in "Gulls
 * captain Ruiz"). A fact of the story, never held against another name.
 */
export function findHonourClaims(sentence: Sentence, names: readonly EntityMention[], tokens: readonly TaggedToken[]): Claim[] {
  const claims: Claim[] = [];
  const isSubject = (m: EntityMention) => {
    const next = tokens.find((t) => t.start >= m.end);
    return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
  };
  for (const match of sentence.text.matchAll(EARNED_RE)) {
    const at = sentence.start + match.index!;
    const holder = names.find((m) => m.end <= at && m.type !== "place" && isSubject(m));
    if (holder) claims.push(honour(sentence, holder, match[1]!, at + match[0].length));
  }
  for (const name of names) {
    if (name.type === "place") continue;
    const possessive = POSSESSIVE_RE.exec(sentence.text.slice(name.end - sentence.start));
    if (possessive) claims.push(honour(sentence, name, possessive[1]!, name.end + possessive[0].length));
  }
  return claims;
}

/** A sentence that may tell an honour: read by the tagger only when it does. */
export const HONOUR_HINT = /\bMVP\b|most valuable player|of the (?:match|game|tournament)\b/i;

const HONOURS = String.raw`MVP|most valuable player|(?:player|man|woman) of the (?:match|game|tournament)`;
/** "earning (the) (Harbour Cup) MVP honours", "winning the MVP award". */
const EARNED_RE = new RegExp(
  String.raw`\b(?:earn(?:ed|ing|s)?|win(?:ning|s)?|won|claim(?:ed|ing|s)?|took|taking|collect(?:ed|ing|s)?|receiv(?:ed|ing|es)) (?:the )?(?:[\p{L}\d-]{1,30} ){0,3}?(${HONOURS})(?: (?:honou?rs?|award|trophy|prize))?\b`,
  "giu",
);
/** "Ruiz's MVP performance": the honour right after a possessive. */
const POSSESSIVE_RE = new RegExp(String.raw`^['’]s?\s+(${HONOURS})\b`, "iu");

function honour(sentence: Sentence, holder: EntityMention, title: string, end: number): Claim {
  return {
    kind: "entity",
    key: `role: ${normalizeTitle(title.replace(/\s+/g, " "))}`,
    value: holder.key,
    display: holder.surface,
    comparable: false,
    sentence: sentence.index,
    span: { start: holder.start, end: Math.max(end, holder.end) },
    rule: "ANALYZE_HONOUR",
  };
}
