import type { AnalyzedArticle, EntityMention } from "../../types.js";
import { joinedSets } from "../../group.js";
import { bracketDefinitions, bracketedOtherNames, entityKey, foldNameToken } from "../../analyze/index.js";
import type { OtherName } from "../../analyze/entities/other-names.js";

/**
 * Names of one organisation that its story's reports give it, beyond what keys and initials
 * tell: a short name a report defines in brackets ("the Civic Alliance for Westmark (CAW)",
 * "CAW (Civic Alliance for Westmark)"), which holds for every report of the story, even one that
 * writes the name in another language or spells the short name its own way; and a party named
 * with or without its head word or in the plural ("the Foresters", "the Forester Party"); and a
 * name a report gives beside another in brackets ("The Harbour Party (Die Hafener)").
 */
export interface Aliases {
  /** Whether two organisation or place keys name one thing. */
  same(a: string, b: string): boolean;
  /**
   * The key that stands for the names `key` shares an alias with: the full name a report defined,
   * else the first key met (itself when it has none).
   */
  first(key: string): string;
  /** A defined full name as a report wrote it ("Civic Alliance for Westmark"), by its key. */
  written(key: string): string | undefined;
}

export function storyAliases(articles: readonly AnalyzedArticle[]): Aliases {
  const names = joinedSets<string>();
  const link = (a: string, b: string) => names.join(looseForm(a), looseForm(b));
  const written = new Map<string, string>();
  for (const { article, entities } of articles) {
    for (const { short, full } of bracketDefinitions(article.text)) {
      const fullKey = entityKey(full, "organization");
      link(entityKey(short, "organization"), fullKey);
      if (!written.has(fullKey)) written.set(fullKey, full);
    }
    for (const pair of bracketedOtherNames(article.text)) {
      if (namesPersonOrPlace(pair, entities)) continue;
      const key = entityKey(pair.name, "organization");
      for (const other of otherNameKeys(pair.other)) link(key, other);
    }
  }
  // Keys are compared many times over (every owner against every group): each is read once.
  const roots = new Map<string, string>();
  const rootOf = (key: string) => {
    if (!roots.has(key)) roots.set(key, names.root(looseForm(key)));
    return roots.get(key)!;
  };
  const firstKey = new Map<string, string>();
  for (const fullKey of written.keys()) if (!firstKey.has(rootOf(fullKey))) firstKey.set(rootOf(fullKey), fullKey);
  return {
    same: (a, b) => rootOf(a) === rootOf(b),
    written: (key) => written.get(key),
    first(key) {
      const root = rootOf(key);
      if (!firstKey.has(root)) firstKey.set(root, key);
      return firstKey.get(root)!;
    },
  };
}

/**
 * "Ana Ruiz (Civic Union)" gives a person's party, "Lakeport (Westmark)" a town's region: a
 * bracket beside a person's or a place's name, or holding one, names something else.
 */
function namesPersonOrPlace(pair: OtherName, mentions: readonly EntityMention[]): boolean {
  const within = (start: number, end: number) => (m: EntityMention) => m.start < end && start < m.end;
  const named = mentions.filter((m) => m.type === "person" || m.type === "place");
  return named.some(within(pair.nameStart, pair.nameEnd)) || named.some(within(pair.otherStart, pair.otherEnd));
}

/** Longest word read as an article of a name's own language: "Die Hafener", "La Unión", "El Frente". */
const MAX_ARTICLE_LETTERS = 3;

/**
 * Keys a bracketed other name is met by: the name whole and, when its first word is a short
 * article of its own language ("Die Hafener"), the name without it, as an English sentence uses it
 * ("the Hafener").
 */
function otherNameKeys(other: string): string[] {
  const words = other.split(" ");
  const keys = [entityKey(other, "organization")];
  if (words.length > 1 && words[0]!.length <= MAX_ARTICLE_LETTERS) keys.push(entityKey(words.slice(1).join(" "), "organization"));
  return keys;
}

/** "technocratic" → "technocrat": an adjective in "-ic" of a noun of five letters or more. */
const ADJECTIVE_ENDING = /^[a-z]{5,}ic$/;

/** Words a party's name may carry or leave out: "the Harvest Party" is "Harvest". */
const PARTY_HEADS: ReadonlySet<string> = new Set(["party"]);

/**
 * The form two names of one party share: without a party head word at the end, and the last word
 * without a plural "s" ("the Foresters", "the Forester Party" → "forester") or, after a head word,
 * without its adjective ending ("the Technocrats", "the Technocratic Party" → "technocrat").
 */
function looseForm(key: string): string {
  // Common words of names stay unfolded in keys ("green"), names are folded ("greens" → "grens"):
  // both are folded here so that the two meet.
  const words = key.split(" ");
  const headless = words.length > 1 && PARTY_HEADS.has(words.at(-1)!);
  if (headless) words.pop();
  const tokens = words.map(foldNameToken);
  const last = tokens.at(-1)!;
  if (last.length > 3 && last.endsWith("s") && !last.endsWith("ss")) tokens[tokens.length - 1] = last.slice(0, -1);
  // "the Technocratic Party" is "the Technocrats": the adjective of a party's name is its members' noun.
  else if (headless && ADJECTIVE_ENDING.test(last)) tokens[tokens.length - 1] = last.slice(0, -2);
  return tokens.join(" ");
}
