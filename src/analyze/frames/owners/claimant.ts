import type { EntityMention } from "../../../types.js";
import type { TaggedToken } from "../tagger.js";

/** Verbs (by lemma) by which a sentence gives a figure as someone's claim. */
const CLAIM_VERBS: ReadonlySet<string> = new Set([
  "say", "claim", "announce", "tell", "confirm", "state", "report", "describe", "allege", "insist", "assert", "add",
]);

/** Pronouns that stand for the sentence's subject in "saying it struck…", "what they described as…". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she"]);

/** How far after "according to" the source's name is looked for, in tokens. */
const ACCORDING_TO_REACH = 6;
/** How far back from a speech verb after the figure its speaker is looked for, in tokens. */
const AFTER_SPEAKER_REACH = 8;

/**
 * Who a sentence says claims its figure: the named entity of "according to X", the subject of a
 * verb of saying before the figure ("Westmark's army said…", "Westmark announced…, saying it
 * struck…", "…what it described as…", where the pronoun stands for the sentence's first name),
 * or the speaker of one after it ("…, the Ostrian ministry said"). Of a subject like "Ostria's
 * defence spokesman, General Varn," the first name is the claimant: the side the speaker speaks
 * for. Undefined when the sentence names no one for the figure. Only a place or an organisation is a side: a person's name alone does not say
 * whom they speak for ("General Varn said" and "Ostria's army said" may be one source). Rival sides of a conflict each
 * give their own count; conflicts.ts does not set them against each other.
 */
export function claimantOf(tokens: readonly TaggedToken[], first: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  const named = (from: number, to: number) => mentions.filter((m) => m.type !== "person" && m.start >= from && m.end <= to);
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== "according" || tokens[k + 1]!.lower !== "to") continue;
    const reach = tokens[Math.min(tokens.length - 1, k + 1 + ACCORDING_TO_REACH)]!;
    const source = named(tokens[k + 1]!.end, reach.end)[0];
    if (source) return source;
  }
  const before = speakerBefore(tokens, first, named);
  if (before !== null) return before;
  return speakerAfter(tokens, first, named);
}

type Named = (from: number, to: number) => EntityMention[];

/**
 * The subject of the nearest verb of saying before the figure: the first name from the verb back
 * to another verb (which opens another clause). Null when no verb of saying comes before it.
 */
function speakerBefore(tokens: readonly TaggedToken[], first: number, named: Named): EntityMention | undefined | null {
  let verb = -1;
  for (let k = first - 1; k >= 0; k--) {
    if (isClaimVerb(tokens[k]!)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  if (SUBJECT_PRONOUNS.has(tokens[verb - 1]?.lower ?? "")) return named(0, tokens[verb - 1]!.start)[0];
  let from = 0;
  for (let k = verb - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && !isClaimVerb(t)) {
      from = t.end;
      break;
    }
  }
  return named(from, tokens[verb]!.start)[0];
}

/** "…21 wounded, the Ostrian ministry said": a name between the last comma and a verb of saying after the figure. */
function speakerAfter(tokens: readonly TaggedToken[], first: number, named: Named): EntityMention | undefined {
  for (let k = tokens.length - 1; k > first; k--) {
    if (!isClaimVerb(tokens[k]!)) continue;
    let comma = k - 1;
    while (comma > first && k - comma <= AFTER_SPEAKER_REACH && tokens[comma]!.text !== ",") comma--;
    if (tokens[comma]?.text !== ",") return undefined;
    return named(tokens[comma]!.end, tokens[k]!.start)[0];
  }
  return undefined;
}

function isClaimVerb(token: TaggedToken): boolean {
  return (token.pos === "VERB" || token.pos === "AUX") && CLAIM_VERBS.has(token.lemma);
}
