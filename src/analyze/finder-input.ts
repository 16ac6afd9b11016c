import type { EntityMention, Sentence } from "../types.js";

/** What every claim finder reads: the cleaned text, its sentences, entity mentions and the publish date. */
export interface FinderInput {
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  /** ISO YYYY-MM-DD; the reference for relative dates. */
  published: string | null;
}
