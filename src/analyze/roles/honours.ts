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
  for (const match of sentence.text.matchAll(HONOUR_RE)) {
    const verb = earningVerbBefore(sentence.text, match.index!);
    if (verb < 0) continue;
    const at = sentence.start + verb;
    const holder = names.find((m) => m.end <= at && m.type !== "place" && isSubject(m));
    if (holder) claims.push(honour(sentence, holder, match[1]!, sentence.start + match.index! + match[0].length));
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
/** An honour and the word that may follow it: "MVP honours", "player of the match award". */
const HONOUR_RE = new RegExp(String.raw`\b(${HONOURS})(?: (?:honou?rs?|award|trophy|prize))?\b`, "giu");
/** A verb of taking an honour: "earning", "won", "claimed". */
const EARNING = /^(?:earn(?:ed|ing|s)?|win(?:ning|s)?|won|claim(?:ed|ing|s)?|took|taking|collect(?:ed|ing|s)?|receiv(?:ed|ing|es))$/i;
/** A word that may stand between that verb and the honour ("the", "Harbour", "Cup"). */
const BETWEEN_WORD = /^[\p{L}\d-]{1,30}$/u;
/** Words between the verb and the honour, at most: "earning the Harbour Cup MVP". */
const MAX_WORDS_BETWEEN = 4;

/**
 * Where the verb of earning the honour that starts at `honourStart` begins, or -1. The words before
 * the honour are read back one at a time, not by a pattern: a pattern that tried every verb
 * before every honour backtracked over long runs of such verbs.
 */
function earningVerbBefore(text: string, honourStart: number): number {
  let end = honourStart - 1;
  for (let words = 0; words <= MAX_WORDS_BETWEEN && end > 0 && text[end] === " "; words++) {
    const start = text.lastIndexOf(" ", end - 1) + 1;
    const word = text.slice(start, end);
    if (EARNING.test(word)) return start;
    if (!BETWEEN_WORD.test(word)) return -1;
    end = start - 1;
  }
  return -1;
}
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
