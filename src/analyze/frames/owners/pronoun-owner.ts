import type { EntityMention } from "../../../types.js";
import { clauseStartOf } from "./owner.js";
import type { TaggedToken } from "../tagger.js";

/** Pronouns that stand for one person named before. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
/** Verbs whose subject reports a figure rather than makes it: "He said 30 people died". */
const REPORTING_VERBS: ReadonlySet<string> = new Set(["say", "tell", "add", "note", "report", "claim", "state", "announce", "confirm", "estimate", "believe", "think", "warn"]);
/** How many sentences back the person a pronoun stands for may have been named. */
const PRONOUN_REACH = 2;

/**
 * "Tom Briar passed for 243 yards. He also rushed for 58 yards": a count made by "he" or "she",
 * the subject of its clause, is the count of the person the sentence before named first (a
 * subject's place). A pronoun that reports a figure ("She said 30 people died") owns nothing.
 */
export function pronounOwner(tokens: readonly TaggedToken[], valueFirst: number, recent: RecentPerson | undefined, sentence: number): EntityMention | undefined {
  if (!recent || sentence - recent.sentence > PRONOUN_REACH) return undefined;
  let k = clauseStartOf(tokens, valueFirst);
  while (k < valueFirst && (tokens[k]!.pos === "CCONJ" || tokens[k]!.pos === "ADV")) k++;
  if (!PERSON_PRONOUNS.has(tokens[k]?.lower ?? "")) return undefined;
  k++;
  while (k < valueFirst && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "PART")) k++;
  const verb = tokens[k];
  return k < valueFirst && verb?.pos === "VERB" && !REPORTING_VERBS.has(verb.lemma) ? recent.mention : undefined;
}

/** The person a report named first in its latest sentence that named one. */
export interface RecentPerson {
  mention: EntityMention;
  sentence: number;
}

export function recentPerson(mentions: readonly EntityMention[], sentence: number, before: RecentPerson | undefined): RecentPerson | undefined {
  const first = mentions.find((m) => m.type === "person");
  return first ? { mention: first, sentence } : before;
}
