import type { EntityMention } from "../../../types.js";
import { ORG_CLASS_NOUNS } from "../../../lexicons/organizations.js";
import type { TaggedToken } from "../tagger.js";

/** How many sentences back the organisation "the party" stands for may have been named. */
const CLASS_NOUN_REACH = 2;

/** The organisation a report named first in its latest sentence that named one. */
export interface RecentOrganisation {
  mention: EntityMention;
  sentence: number;
}

export function recentOrganisation(mentions: readonly EntityMention[], sentence: number, before: RecentOrganisation | undefined): RecentOrganisation | undefined {
  let first: EntityMention | undefined;
  for (const m of mentions) if (m.type === "organization" && (!first || m.start < first.start)) first = m;
  return first ? { mention: first, sentence } : before;
}

/**
 * "The Civic Union came second. It was the party's best result since 1990: a haul of 52 seats": a
 * figure with no owner of its own, in a sentence that names no organisation but calls one by its
 * kind ("the party", "the company's", "the ruling party") before the figure, is the figure of the
 * organisation the sentences just before named first (a subject's place), as "he" stands for a
 * person (pronoun-owner.ts). "The party Civic Union" names it: the name owns its figures.
 */
export function classNounOwner(
  tokens: readonly TaggedToken[], valueFirst: number, recent: RecentOrganisation | undefined, sentence: number, mentions: readonly EntityMention[],
): EntityMention | undefined {
  if (!recent || recent.sentence >= sentence || sentence - recent.sentence > CLASS_NOUN_REACH) return undefined;
  if (mentions.some((m) => m.type === "organization")) return undefined;
  for (let k = 0; k < valueFirst; k++) {
    if (tokens[k]!.lower !== "the") continue;
    const noun = tokens[k + 1]?.pos === "ADJ" ? k + 2 : k + 1;
    // "The party Civic Union" names another; "the group of 12 hikers" describes what is counted.
    const after = tokens[noun + 1];
    if (noun < valueFirst && ORG_CLASS_NOUNS.has(tokens[noun]!.lower) && after?.pos !== "PROPN" && after?.lower !== "of") return recent.mention;
  }
  return undefined;
}
