import type { EntityMention, Sentence } from "../types.js";

// STUB: to be written.
export function findEntities(_text: string, _sentences: Sentence[]): EntityMention[] {
  return [];
}
