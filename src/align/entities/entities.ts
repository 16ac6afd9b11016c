import type { AnalyzedArticle, EntityMention, EntitySummary, EntityType } from "../../types.js";
import { sameEntity } from "../../analyze/index.js";
import { lookupPlace, PLACE_LEADING_WORDS, PLACE_LEXICON } from "../../lexicons/countries.js";
import { storyAliases, type Aliases } from "./aliases.js";

export interface EntityIndex {
  summaries: EntitySummary[];
  /** Maps any entity key seen in the story to the key of the merged entity. */
  canonical(key: string, type?: EntityType): string;
  /** The name to show for a canonical key. */
  displayName(key: string): string | undefined;
}

interface Group {
  key: string;
  type: EntityType;
  keys: Set<string>;
  surfaces: Map<string, number>;
  articles: Set<string>;
  types: Map<EntityType, number>;
}

/**
 * Merge entity mentions across the story's reports: spelling variants (Aliyev / Aliev),
 * forms (Azerbaijan Airlines / Azerbaijani Airlines), surname-only references (Putin /
 * Vladimir Putin) and short names a report defines ("Civic Alliance (CA)", aliases.ts) become
 * one entity. The longest key of a merged group names it.
 */
export function mergeEntities(articles: AnalyzedArticle[]): EntityIndex {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const aliases = storyAliases(articles);
  const mentions = articles.flatMap((a) => a.entities.map((m) => ({ m, id: a.article.id })));
  // Longer keys first, so that "vladimir putin" exists before "putin" looks for a home.
  mentions.sort((x, y) => y.m.key.length - x.m.key.length);
  for (const { m, id } of mentions) {
    const group = byKey.get(m.key) ?? findGroup(groups, byKey, m, aliases) ?? newGroup(groups, m);
    byKey.set(m.key, group);
    addMention(group, m, id);
  }
  const summaries = groups.map(toSummary).sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  const display = new Map(groups.map((g, i) => [g.key, toSummary(groups[i]!).name]));
  // Figures' owners are names too, also those the entity finder left out ("the Lakeport Harriers").
  const owners = articles.flatMap((a) => a.claims.flatMap((c) => (c.owner && !byKey.has(c.owner) ? [c.owner] : [])));
  const known: Known = { groups, byKey, aliases, names: [...nonPersonKeys(groups), ...owners] };
  // Owners and places are looked up once per claim: each key is resolved once.
  const canonicalKeys = new Map<string, string>();
  return {
    summaries,
    canonical(key, type) {
      const memo = `${type ?? ""}\u0000${key}`;
      if (!canonicalKeys.has(memo)) canonicalKeys.set(memo, canonicalOf(key, type, known));
      return canonicalKeys.get(memo)!;
    },
    displayName: (key) => display.get(key) ?? aliases.written(key),
  };
}

interface Known {
  groups: Group[];
  byKey: Map<string, Group>;
  aliases: Aliases;
  /** Every key of an organisation, place or figure's owner the story holds. */
  names: string[];
}

/**
 * The merged entity a key names: its own group, a group of the same entity by key, of an alias
 * the story defines, or of the longer name a short one stands for. A name no report's entities
 * hold (a party the finder left out) still meets its other names.
 */
function canonicalOf(key: string, type: EntityType | undefined, known: Known): string {
  const { groups, byKey, aliases } = known;
  const fits = (g: Group) => !type || g.type === type;
  // A key of unknown type ("aliance for westmark", a name the finder left out) meets a person
  // only by the very surname: one letter off ("westmarker") is another word, not a spelling.
  const sameName = (g: Group) => sameEntity(g.key, key, g.type) && (type !== undefined || g.type !== "person" || lastWord(g.key) === lastWord(key));
  const group = byKey.get(key) ?? groups.find((g) => fits(g) && sameName(g));
  if (group) return group.key;
  if (type === "person") return key;
  const aliased = groups.find((g) => fits(g) && g.type !== "person" && aliasOf(g, key, aliases));
  if (aliased) return aliased.key;
  const long = nicknamed(known.names, key);
  if (long) return canonicalOf(long, type, known);
  return (type ? undefined : groups.find((g) => g.type === "person" && endsWithPerson(key, g.key))?.key) ?? aliases.first(key);
}

/**
 * A one-word name that ends exactly one longer name of a team or an organisation in the story
 * is its short form: "the Harriers" of "the Lakeport Harriers". A known place ("York" beside
 * "New York") is a name of its own, and a word two names end with ("Fire") names neither.
 */
function nicknamed(names: readonly string[], key: string): string | undefined {
  if (!key || key.includes(" ") || PLACE_LEXICON.has(key)) return undefined;
  const longer = new Set(names.filter((name) => name.endsWith(` ${key}`) && !PLACE_QUALIFIERS.has(name.slice(0, name.indexOf(" "))) && !ofAnother(name, key)));
  return longer.size === 1 ? [...longer][0] : undefined;
}

/** Words that make the name after them a part of another's: "the University of Lakeport" is not Lakeport. */
const LINKING_WORDS: ReadonlySet<string> = new Set(["of", "de", "del", "du", "da", "do", "in", "at", "for", "on", "and", "&"]);

/** The name ends with `key` after a linking word: `key` qualifies the name, it is not its short form. */
function ofAnother(name: string, key: string): boolean {
  const before = name.slice(0, -key.length - 1);
  return LINKING_WORDS.has(before.slice(before.lastIndexOf(" ") + 1));
}

/** Words that make a place of its own from another's name: "North Lakeport" is not Lakeport. */
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...PLACE_LEADING_WORDS, "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "upper", "lower", "new", "old", "great", "greater", "little", "san", "santa", "saint", "st",
]);

function nonPersonKeys(groups: Group[]): string[] {
  return groups.filter((g) => g.type !== "person").flatMap((g) => [...g.keys]);
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(" ") + 1);
}

/**
 * A name the entity finder left out that ends with a person's full name is that person with a
 * descriptor the tagger read as part of the name ("Quarterback Tom Briar" at a sentence's start).
 */
function endsWithPerson(key: string, person: string): boolean {
  return person.includes(" ") && key.length > person.length && key.endsWith(` ${person}`);
}

function findGroup(groups: Group[], byKey: Map<string, Group>, m: EntityMention, aliases: Aliases): Group | undefined {
  const aliased = (g: Group) => m.type !== "person" && g.type !== "person" && aliasOf(g, m.key, aliases);
  const found = groups.find((g) => compatibleTypes(g.type, m.type) && ([...g.keys].some((k) => sameEntity(k, m.key, m.type)) || aliased(g)));
  if (found || m.type === "person" || m.key.includes(" ")) return found;
  const long = nicknamed(nonPersonKeys(groups), m.key);
  return long ? byKey.get(long) : undefined;
}

function aliasOf(group: Group, key: string, aliases: Aliases): boolean {
  return [...group.keys].some((k) => aliases.same(k, key));
}

/** A person and an organisation never merge; a place and an organisation may share a name. */
function compatibleTypes(a: EntityType, b: EntityType): boolean {
  return a === b || (a !== "person" && b !== "person");
}

function newGroup(groups: Group[], m: EntityMention): Group {
  const group: Group = { key: m.key, type: m.type, keys: new Set(), surfaces: new Map(), articles: new Set(), types: new Map() };
  groups.push(group);
  return group;
}

function addMention(group: Group, m: EntityMention, articleId: string): void {
  group.keys.add(m.key);
  group.surfaces.set(m.surface, (group.surfaces.get(m.surface) ?? 0) + 1);
  group.articles.add(articleId);
  group.types.set(m.type, (group.types.get(m.type) ?? 0) + 1);
}

/**
 * The name a story shows for an entity: a proper name before an adjective ("Russia", not
 * "Russian"), then the fullest form ("Vladimir Putin"), then the most used.
 */
function toSummary(group: Group): EntitySummary {
  const adjectival = (surface: string) => (lookupPlace(surface)?.kind === "demonym" ? 1 : 0);
  const surfaces = [...group.surfaces].sort(
    (a, b) => adjectival(a[0]) - adjectival(b[0]) || b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1],
  );
  const types = [...group.types].sort((a, b) => b[1] - a[1]);
  return {
    name: surfaces[0]![0],
    type: types[0]![0],
    aliases: surfaces.slice(1).map(([s]) => s),
    articles: [...group.articles].sort(),
  };
}
