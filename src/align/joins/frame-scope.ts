import type { AnalyzedArticle } from "../../types.js";
import type { Stated } from "../stated.js";
import type { EntityIndex } from "../entities/index.js";
import { isTallyNoun } from "../../lexicons/tallies.js";

/** Figures that mean nothing without their owner: a party's share or seats, a person's age. */
const ALWAYS_OWNED: ReadonlySet<string> = new Set(["share", "seats", "votes", "poll", "age"]);

/**
 * Frames that measure one thing of different owners are different subjects: deaths in one county
 * and in another, one party's seats and another's. When a story gives a measure for two or more
 * owners, each owner's frames get their own slot ("killed: Porto Vell"); frames that name no
 * owner stay on the plain slot, which then means the whole. With one owner or none, the owner
 * only says what every report already means, and all frames of the measure share the slot.
 */
export function scopeByOwner(all: Stated[], entities: EntityIndex, articles: AnalyzedArticle[]): Stated[] {
  const owners = new Map<string, Set<string>>();
  const places = placesByReports(articles, entities);
  const stated = all.map((s) => narrowedToPlace(s, entities, places, articles.length));
  const main = mainPersons(stated, entities);
  const setting = settingOwners(stated, entities, places, articles.length);
  const canonical = (s: Stated) => {
    if (!s.claim.owner) return undefined;
    const owner = entities.canonical(s.claim.owner);
    if (setting.get(s.claim.key) === owner) return undefined;
    // Only a person's own attribute (an age) is read this way: a count the report's main
    // person made (yards, goals) is theirs, and another report's main person may be another player.
    return s.claim.valueType === "age" && main.story && owner === main.of(s) ? main.story : owner;
  };
  const ownerOfEach = stated.map(canonical);
  stated.forEach((s, i) => {
    const owner = ownerOfEach[i];
    if (owner) owners.set(s.claim.key, (owners.get(s.claim.key) ?? new Set<string>()).add(owner));
  });
  return stated.map((s, i) => {
    const owner = ownerOfEach[i];
    const shared = owners.get(s.claim.key)?.size ?? 0;
    // An open count that names no owner, in a story that gives that noun for several owners
    // ("19 seats" beside one party's 16 and another's 6), could be anyone's: it is kept as a
    // fact but held against no one. A running tally of the event (acres burned, homes destroyed)
    // with no owner is the whole event's, beside each part's.
    if (!owner && s.claim.rule === "QTY_COUNT_NOUN" && shared >= 2 && !isTallyNoun(s.claim.key)) return { ...s, claim: { ...s.claim, comparable: false } };
    if (!owner) return s;
    const owned = { ...s.claim, owner };
    if (shared < 2 && !ALWAYS_OWNED.has(s.claim.key)) return { ...s, claim: owned };
    const name = entities.displayName(owner) ?? owner;
    return { ...s, claim: { ...owned, key: `${s.claim.key}: ${name}` } };
  });
}

/**
 * A figure a sentence narrows to a place ("almost 37% in Westmark") is its own slot ("share:
 * LF in Westmark"), apart from the same measure for the whole; a place where the whole story
 * happens narrows nothing ("three touchdowns in Lakeport", in a story set there).
 */
function narrowedToPlace(s: Stated, entities: EntityIndex, places: Map<string, number>, reports: number): Stated {
  if (!s.claim.scope) return s;
  const scope = entities.canonical(s.claim.scope, "place");
  if ((places.get(scope) ?? 0) >= Math.max(2, reports / 2)) return s;
  return { ...s, claim: { ...s.claim, key: `${s.claim.key} in ${entities.displayName(scope) ?? scope}` } };
}

/**
 * A place where the whole story happens (named by at least half of its reports, and two) narrows
 * nothing when it is the only place a measure is given for: "three touchdowns in Lakeport", in
 * a story set in Lakeport, is a count of the game. When the story gives the measure for
 * other places too (deaths in one county and in another), each place keeps its own figure.
 */
function settingOwners(stated: Stated[], entities: EntityIndex, places: Map<string, number>, reports: number): Map<string, string> {
  const placeOwners = new Map<string, Set<string>>();
  for (const s of stated) {
    const owner = s.claim.owner ? entities.canonical(s.claim.owner) : undefined;
    if (owner === undefined || !places.has(owner)) continue;
    placeOwners.set(s.claim.key, (placeOwners.get(s.claim.key) ?? new Set()).add(owner));
  }
  const setting = new Map<string, string>();
  for (const [key, owners] of placeOwners) {
    const [only] = owners;
    if (owners.size === 1 && places.get(only!)! >= Math.max(2, reports / 2)) setting.set(key, only!);
  }
  return setting;
}

/** Every place the story names, with the number of reports naming it. */
function placesByReports(articles: AnalyzedArticle[], entities: EntityIndex): Map<string, number> {
  const reports = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const m of a.entities) {
      if (m.type !== "place") continue;
      const key = entities.canonical(m.key, "place");
      reports.set(key, (reports.get(key) ?? new Set()).add(a.article.id));
    }
  }
  return new Map([...reports].map(([key, ids]) => [key, ids.size]));
}

/**
 * The person each report is about (the one it names most), and the person the story is about.
 * Reports may name that person differently (a bishop by his name, the office he took by its
 * title): an age given for the main person of one report is the age of the main person of the
 * story, whatever name the report uses.
 */
function mainPersons(stated: Stated[], entities: EntityIndex): { story: string | undefined; of(s: Stated): string | undefined } {
  const perReport = new Map<string, string | undefined>();
  const of = (s: Stated) => {
    const id = s.article.article.id;
    if (!perReport.has(id)) perReport.set(id, mostNamed(s.article.entities.filter((m) => m.type === "person").map((m) => entities.canonical(m.key, "person"))));
    return perReport.get(id);
  };
  const reports = new Map(stated.map((s) => [s.article.article.id, s]));
  const story = mostNamed([...reports.values()].map(of).filter((k): k is string => k !== undefined));
  return { story, of };
}

function mostNamed(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
