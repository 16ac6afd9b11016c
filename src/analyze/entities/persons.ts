import type { EntityMention } from "../../types.js";
import { FUZZY_MIN_LENGTH, sameEntity } from "./key.js";

/**
 * The article's person mentions indexed by the last token of their keys, so that finding the
 * mentions that `sameEntity` may match costs a few look-ups instead of a pass over every mention
 * (a pass per quote or per role made the analysis quadratic in the number of names). `sameEntity`
 * for persons requires the last tokens to be equal or, both of 5+ letters, one edit apart; the
 * index finds both kinds through each token's one-letter deletions.
 */
export class PersonIndex {
  /** Mention positions (ascending) by last token, and by each one-letter deletion of it. */
  private readonly byVariant = new Map<string, number[]>();
  /** Answers by key: a name said a thousand times is looked up once. */
  private readonly firsts = new Map<string, EntityMention | undefined>();
  private readonly fullKeys = new Map<string, string>();

  constructor(private readonly entities: readonly EntityMention[]) {
    for (const [i, mention] of entities.entries()) {
      if (mention.type !== "person" || !mention.key) continue;
      for (const variant of new Set(variants(lastToken(mention.key)))) {
        const list = this.byVariant.get(variant);
        if (list) list.push(i);
        else this.byVariant.set(variant, [i]);
      }
    }
  }

  /** Positions of the person mentions `sameEntity` matches with `key`, in text order. */
  matching(key: string): number[] {
    const candidates = new Set<number>();
    for (const variant of variants(lastToken(key))) for (const i of this.byVariant.get(variant) ?? []) candidates.add(i);
    return [...candidates].sort((a, b) => a - b).filter((i) => sameEntity(key, this.entities[i]!.key, "person"));
  }

  /** The first person mention with that name, if any. */
  first(key: string): EntityMention | undefined {
    if (!this.firsts.has(key)) {
      const [i] = this.matching(key);
      this.firsts.set(key, i === undefined ? undefined : this.entities[i]);
    }
    return this.firsts.get(key);
  }

  /**
   * The fullest key the article gives a surname-only key ("putin" → "vladimir putin"): the most
   * frequent matching full name (ties: the first met); a full key stays as it is.
   */
  fullKey(key: string): string {
    if (key.includes(" ")) return key;
    const known = this.fullKeys.get(key);
    if (known !== undefined) return known;
    const counts = new Map<string, number>();
    for (const i of this.matching(key)) {
      const other = this.entities[i]!.key;
      if (other.includes(" ")) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    let best = key;
    let bestCount = 0;
    for (const [other, count] of counts) {
      if (count > bestCount) {
        best = other;
        bestCount = count;
      }
    }
    this.fullKeys.set(key, best);
    return best;
  }
}

const indexes = new WeakMap<readonly EntityMention[], PersonIndex>();

/** The index of an article's mentions, built once per mention list. */
export function personIndexOf(entities: readonly EntityMention[]): PersonIndex {
  let index = indexes.get(entities);
  if (!index) indexes.set(entities, (index = new PersonIndex(entities)));
  return index;
}

function lastToken(key: string): string {
  return key.slice(key.lastIndexOf(" ") + 1);
}

/** The token and, for tokens that may be fuzzy-matched, each of its one-letter deletions. */
function variants(token: string): string[] {
  const found = [token];
  if (token.length >= FUZZY_MIN_LENGTH) for (let i = 0; i < token.length; i++) found.push(`${token.slice(0, i)}${token.slice(i + 1)}`);
  return found;
}

/**
 * The fullest key the article itself gives a person: a surname-only mention ("Putin") takes the
 * key of the article's full-name mention with that surname ("vladimir putin"), so claims from
 * "Putin said" and "Vladimir Putin said" carry one value. When several full names share the
 * surname, the most frequent wins (ties: the first met); with none, the mention's own key stays.
 */
export function fullPersonKey(person: EntityMention, entities: readonly EntityMention[]): string {
  return person.type === "person" ? personIndexOf(entities).fullKey(person.key) : person.key;
}
