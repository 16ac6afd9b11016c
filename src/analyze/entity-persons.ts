import type { EntityMention } from "../types.js";
import { sameEntity } from "./entity-key.js";

/**
 * The fullest key the article itself gives a person: a surname-only mention ("Putin") takes the
 * key of the article's full-name mention with that surname ("vladimir putin"), so claims from
 * "Putin said" and "Vladimir Putin said" carry one value. When several full names share the
 * surname, the most frequent wins (ties: the first met); with none, the mention's own key stays.
 */
export function fullPersonKey(person: EntityMention, entities: readonly EntityMention[]): string {
  if (person.type !== "person" || person.key.includes(" ")) return person.key;
  const counts = new Map<string, number>();
  for (const other of entities) {
    if (other.type !== "person" || !other.key.includes(" ")) continue;
    if (!sameEntity(person.key, other.key, "person")) continue;
    counts.set(other.key, (counts.get(other.key) ?? 0) + 1);
  }
  let best = person.key;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
