import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { MONTHS } from "../../../lexicons/calendar.js";
import { ordinalValue } from "../values/index.js";
import type { TaggedToken } from "../tagger.js";
import { identityOwner } from "./ordinal-identity.js";

/**
 * FRAME_ORDINAL: which one of a series: "the 143rd abbot", "on the fourth ballot", "the Rovers'
 * second league title", "the fifth day of the strike". The value is the ordinal, the measure its
 * noun phrase, the owner a possessive name before it. Stated as the report words it ("fourth
 * ballot"); not held against another ordinal (a story tells of several titles, days, ballots),
 * unless a named person is said to be that one of the series (ordinal-identity.ts).
 */
export function findOrdinalClaims(sentence: Sentence, tokens: readonly TaggedToken[], names: readonly EntityMention[]): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = ordinalValue(tokens[i]!.text);
    // "Second Empire": a capital inside a sentence makes the ordinal part of a name.
    if (n === undefined || tokens[i + 1]?.text === "-" || (i > 0 && /^\p{Lu}/u.test(tokens[i]!.text))) continue;
    // "the March 9th weekend": after a month the ordinal is a day of it, not one of a series.
    if (i > 0 && tokens[i - 1]!.text !== tokens[i - 1]!.lower && MONTHS.has(tokens[i - 1]!.lower)) continue;
    const phrase = nounPhraseEnd(tokens, i + 1);
    const head = phrase >= 0 ? phrase : titleAfter(tokens, i + 1);
    if (head < 0 || tokens.slice(i + 1, head + 1).some((t) => NOT_A_SERIES.has(t.lemma) || /est$/.test(t.lower))) continue;
    // A named person who is the Nth of a series: the series is named in lower case, as any report words it.
    const holder = identityOwner(sentence, tokens, i, head, names);
    const measure = tokens.slice(i + 1, head + 1).map((t) => (t.pos === "PROPN" && !holder ? t.text : t.lower)).join(" ");
    if (!holder && tokens[head]!.pos !== "NOUN") continue;
    const owner = holder ?? possessor(sentence, tokens, i, names);
    const end = tokens[head]!.end;
    claims.push({
      kind: "quantity",
      key: `which ${measure}`,
      measure: `which ${measure}`,
      ...(owner ? { owner: owner.key } : {}),
      value: String(n),
      number: n,
      display: sentence.text.slice(tokens[i]!.start - sentence.start, end - sentence.start),
      valueType: "ordinal",
      comparable: holder !== undefined,
      sentence: sentence.index,
      span: { start: owner?.start ?? tokens[i]!.start, end },
      rule: "FRAME_ORDINAL",
    });
  }
  return claims;
}

/**
 * Nouns an ordinal rarely makes checkable: parts of a game or of time ("the third quarter", "a
 * second half", "for a second time"); superlatives ("the second largest party") are left out too.
 * A floor is a level of a building, framed apart (floors.ts). A kin's place in a family ("his second
 * wife", "their third child") tells who someone is, not a fact of the story an editor would check.
 */
const NOT_A_SERIES: ReadonlySet<string> = new Set([
  "time", "quarter", "half", "period", "minute", "hour", "week", "month", "year", "century", "season", "round", "inning", "set", "leg", "stage", "phase",
  "place", "one", "person", "thing", "way", "step", "wave", "option", "floor",
  "wife", "husband", "spouse", "marriage", "child", "son", "daughter", "grandchild", "cousin",
]);

/** "the 48th Abbess of the order": a title written with a capital, alone before "of" or the clause's end; its index, or -1. */
function titleAfter(tokens: readonly TaggedToken[], from: number): number {
  const next = tokens[from + 1];
  return tokens[from]?.pos === "PROPN" && (!next || next.pos === "ADP" || next.pos === "PUNCT") ? from : -1;
}

/** The last noun of the noun phrase that starts at `from` (up to three words: "Harbour Cup title"), or -1. */
function nounPhraseEnd(tokens: readonly TaggedToken[], from: number): number {
  let head = -1;
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const pos = tokens[k]!.pos;
    if (pos === "NOUN" || pos === "PROPN") head = k;
    else if (pos !== "ADJ" || head >= 0) break;
  }
  return head >= 0 && tokens[head]!.pos === "NOUN" ? head : -1;
}

/** "the Rovers' second title": a name followed by a possessive ending right before the ordinal. */
function possessor(sentence: Sentence, tokens: readonly TaggedToken[], ordinal: number, names: readonly EntityMention[]): EntityMention | undefined {
  const before = sentence.text.slice(0, tokens[ordinal]!.start - sentence.start);
  const marker = /['’]s?\s+$/.exec(before);
  if (!marker) return undefined;
  const at = sentence.start + marker.index;
  return names.find((m) => m.end === at);
}
