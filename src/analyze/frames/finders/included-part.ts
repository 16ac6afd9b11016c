import type { Claim } from "../../../types.js";
import { GENERIC_COUNTED_NOUNS, NUMBER_OF_SLOT_WORDS } from "../../../lexicons/quantity-slots.js";
import type { TaggedToken } from "../tagger.js";

export const INCLUDED_PART_RULE = "FRAME_INCLUDED_PART";
/** Words that open the parts a tally is made of: "43 dead, including 11 children", "the dead include…". */
const INCLUDE_WORDS: ReadonlySet<string> = new Set(["including", "include", "includes", "included"]);
/** What may stand between the include word and a part: "include 52 adults and 19 children". */
const LIST_TAGS: ReadonlySet<string> = new Set(["NUM", "NOUN", "ADJ", "DET", "CCONJ", "ADV"]);
/** How far back from a part its include word or "among" is looked for. */
const REACH = 12;
/** The slots of moving tallies: those a tally's own word names ("the dead", "the missing"). */
const TALLY_SLOTS: ReadonlySet<string> = new Set(NUMBER_OF_SLOT_WORDS.values());
const CLAUSE_ENDS: ReadonlySet<string> = new Set([";", ":", ".", "—", "–", "(", ")"]);

/**
 * A count of a group given as part of a moving tally is that tally's figure for the group: "the
 * toll rose to 37, including 11 children", "the dead include 52 adults and 19 children", "among the
 * dead in Marlow were 19 children" count children killed ("killed: child"), as "15 children were
 * killed" does, so that reports giving the group's toll on different days line up as its timeline.
 * The tally is a tally claim of the sentence before the include word, or the tally's own word
 * ("the dead", "the missing") before it or after "among". Other claims are returned as they are.
 */
export function includedPart(claim: Claim, tokens: readonly TaggedToken[], sentenceClaims: readonly Claim[]): Claim {
  if (claim.rule !== "QTY_COUNT_NOUN" || !claim.measure || claim.key !== claim.measure || GENERIC_COUNTED_NOUNS.has(claim.measure)) return claim;
  const first = tokens.findIndex((t) => t.start >= claim.span.start);
  if (first < 0) return claim;
  const slot = slotIncluding(tokens, first, sentenceClaims) ?? slotAmong(tokens, first);
  if (!slot) return claim;
  const { owner: _owner, ...rest } = claim;
  return { ...rest, key: `${slot}: ${claim.measure}`, measure: slot, rule: INCLUDED_PART_RULE };
}

/** "43 dead, including 11 children", "the dead include 52 adults and 19 children": the tally before the include word. */
function slotIncluding(tokens: readonly TaggedToken[], first: number, sentenceClaims: readonly Claim[]): string | undefined {
  let k = first - 1;
  while (k >= 0 && first - k <= REACH && !INCLUDE_WORDS.has(tokens[k]!.lower) && (LIST_TAGS.has(tokens[k]!.pos) || tokens[k]!.text === ",")) k--;
  const include = tokens[k];
  if (!include || !INCLUDE_WORDS.has(include.lower)) return undefined;
  // "The dead include…": the tally's own word is the subject.
  const named = slotWord(tokens[k - 1]);
  if (named) return named;
  const tally = sentenceClaims
    .filter((c) => c.kind === "quantity" && c.span.end <= include.start && TALLY_SLOTS.has(c.key))
    .sort((a, b) => b.span.end - a.span.end)[0];
  if (!tally) return undefined;
  // The tally stands in the include word's clause: no other figure between them.
  const between = tokens.filter((t) => t.start >= tally.span.end && t.end <= include.start);
  return between.some((t) => t.pos === "NUM" || CLAUSE_ENDS.has(t.text)) ? undefined : tally.key;
}

/** "Among the dead in Marlow County were 19 children": "among" and the tally's word open the clause. */
function slotAmong(tokens: readonly TaggedToken[], first: number): string | undefined {
  for (let k = first - 1; k >= 0 && first - k <= REACH; k--) {
    const token = tokens[k]!;
    if (CLAUSE_ENDS.has(token.text)) return undefined;
    if (token.lower !== "among") continue;
    const word = tokens[k + 1]?.pos === "DET" ? tokens[k + 2] : tokens[k + 1];
    return slotWord(word);
  }
  return undefined;
}

/** The tally a word names: "dead" → killed, "missing" → missing, "injured" → injured. */
function slotWord(token: TaggedToken | undefined): string | undefined {
  return token ? NUMBER_OF_SLOT_WORDS.get(token.lower) : undefined;
}
