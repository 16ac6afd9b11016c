import type { EventClass } from "../../lexicons/events.js";
import { lookupPlace } from "../../lexicons/countries.js";
import { LOCATION_PREPOSITIONS } from "../../lexicons/place-words.js";
import type { Claim } from "../../types.js";
import { defineTokenRole, sentenceRolesOf, tokensOf, type Token } from "../claim-tokens.js";
import { entityKey } from "../entities/key.js";
import { isComparedEvent, triggersOf, type EventTrigger } from "../event-triggers.js";
import type { FinderInput } from "../finder-input.js";
import { parsePlaceAt, placeNameClaim, type PlaceParse } from "./names.js";
import { findRouteClaims } from "./routes.js";

/** How many tokens may stand between an event word and the preposition of its place ("met with Azerbaijan's President Ilham Aliyev in X"). */
const PLACE_WINDOW = 8;
/** Statements are said somewhere, but where someone spoke is not what the event was about. */
const NO_PLACE_CLASSES: ReadonlySet<EventClass> = new Set(["statement"]);
/**
 * Words that open another clause between an event word and a place: the place then belongs to
 * that clause ("hit the plane preparing to land in Chechnya", "hit by fire before landing in X").
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "that", "which", "who", "whom", "when", "while", "where", "after", "before", "because", "but", "as", "if",
  "although", "though", "since", "until", "to", "so", "whereas", "then", ".", ";", ":", "(", ")", "\"", "“", "”", "—",
]);
/** "The attack, which took place in X": a relative clause that only places the event does not break the link. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "that"]);
const EVENT_PREDICATES: ReadonlySet<string> = new Set(["took", "happened", "occurred", "struck", "began", "started", "unfolded", "was", "were"]);
/**
 * Classes an "on" places: "a missile strike on Dnipro", "the attack on Kharkiv" (a weekday or a
 * lower-case noun after "on" is no place, so "crashed on Monday" gives nothing).
 */
const ON_PLACES_CLASSES: ReadonlySet<EventClass> = new Set(["incident"]);
/**
 * A word in -ing after the event word opens a participle clause whose place is its own
 * ("hit the plane preparing to land in X"); these -ing words are nouns and do not.
 */
const ING = /ing$/;
const ING_NOUNS: ReadonlySet<string> = new Set([
  "morning", "evening", "building", "buildings", "wedding", "spring", "king", "thing", "nothing", "something",
  "anything", "ring", "wing", "string", "ceiling", "housing", "clothing", "shipping", "mining", "fishing", "parking",
  "crossing", "bring",
]);
/** Times of day after "before"/"after" ("derailed before dawn near X"). */
const TIME_OF_DAY_NOUNS: ReadonlySet<string> = new Set([
  "dawn", "daybreak", "sunrise", "sunset", "dusk", "midnight", "noon", "midday", "nightfall", "lunchtime", "daylight",
]);
/** Seismic location words: "the epicentre was 10 km north of X" places the earthquake. */
const EPICENTRE = defineTokenRole(["epicentre", "epicenter", "epicentred", "epicentered", "centred", "centered"]);
const EPICENTRE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from", "near", "in", "off", "outside", "beneath", "under"]);

/**
 * Place and route claims.
 * 1. event places: "crashed near X", "a summit in X", "met … in X" → "place: <event class>";
 * 2. epicentres: "the epicentre was 10 km from X" → "place: earthquake";
 * 3. routes: origin and destination (place-routes.ts).
 * Values are entity keys of the most specific name (place-names.ts).
 */
export function findPlaceClaims(input: FinderInput): Claim[] {
  const claims: Claim[] = [];
  const tokens = tokensOf(input);
  const roles = sentenceRolesOf(input);
  const triggers = triggersOf(input);
  for (const sentence of input.sentences) {
    const sentenceTokens = tokens[sentence.index]!;
    const sentenceRoles = roles[sentence.index]!;
    claims.push(...findEventPlaces(sentenceTokens, triggers[sentence.index]!, sentence.index));
    if (sentenceRoles & EPICENTRE) claims.push(...findEpicentres(sentenceTokens, sentence.index));
    claims.push(...findRouteClaims(sentenceTokens, sentence.index, sentenceRoles));
  }
  return claims;
}

function findEventPlaces(tokens: readonly Token[], triggers: readonly EventTrigger[], sentence: number): Claim[] {
  const claims: Claim[] = [];
  const starts = new Set(triggers.map((t) => t.start));
  for (const trigger of triggers) {
    if (NO_PLACE_CLASSES.has(trigger.cls) || isComparedEvent(tokens, trigger.start)) continue;
    const limit = Math.min(tokens.length, trigger.end + PLACE_WINDOW + 1);
    for (let k = trigger.end; k < limit; k++) {
      const token = tokens[k]!;
      if (starts.has(k)) break;
      if (CLAUSE_BREAKS.has(token.lower) && !opensPlaceOnlyClause(tokens, k)) break;
      if (token.kind === "word" && ING.test(token.lower) && !ING_NOUNS.has(token.lower)) break;
      if (!LOCATION_PREPOSITIONS.has(token.lower) && !(token.lower === "on" && ON_PLACES_CLASSES.has(trigger.cls))) continue;
      const place = parsePlaceAt(tokens, k + 1);
      if (place) {
        const specific = isWide(place) ? narrowerPlaceAfter(tokens, place.endToken, limit + 4) ?? place : place;
        claims.push(placeClaim(`place: ${trigger.cls}`, specific, sentence, "PLACE_EVENT_PREPOSITION"));
        break;
      }
    }
  }
  return claims;
}

/**
 * A break word that does not end the event's clause: "which took place in X" (a relative clause
 * that only places the event), "before dawn", "after midnight" (times, not clauses).
 */
function opensPlaceOnlyClause(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  const next = tokens[k + 1]?.lower ?? "";
  if (RELATIVE_PRONOUNS.has(word)) return EVENT_PREDICATES.has(next);
  return (word === "before" || word === "after" || word === "until") && TIME_OF_DAY_NOUNS.has(next);
}

/** A country or region: "in northern Portugal near the village of X" names X as the more specific place. */
function isWide(place: PlaceParse): boolean {
  const kind = lookupPlace(place.name)?.kind;
  return kind === "country" || kind === "region";
}

/** The next place after a location preposition, up to `limit`, if it is not itself a country or region. */
function narrowerPlaceAfter(tokens: readonly Token[], from: number, limit: number): PlaceParse | null {
  for (let k = from; k < Math.min(tokens.length, limit); k++) {
    const token = tokens[k]!;
    if (CLAUSE_BREAKS.has(token.lower)) return null;
    if (!LOCATION_PREPOSITIONS.has(token.lower)) continue;
    const place = parsePlaceAt(tokens, k + 1);
    if (place) return isWide(place) ? null : place;
  }
  return null;
}

function findEpicentres(tokens: readonly Token[], sentence: number): Claim[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.roles & EPICENTRE)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 12); k++) {
      if (!EPICENTRE_PREPOSITIONS.has(tokens[k]!.lower)) continue;
      const place = parsePlaceAt(tokens, k + 1);
      if (place) return [placeClaim("place: earthquake", place, sentence, "PLACE_EPICENTRE")];
    }
  }
  return [];
}

function placeClaim(key: string, place: PlaceParse, sentence: number, rule: string): Claim {
  return placeNameClaim("place", key, place, sentence, rule);
}

/** A place the text puts inside another ("Dushanbe, Tajikistan"), as entity keys. */
export interface PlaceContainment {
  inner: string;
  outer: string;
}

/** Prepositions after which a place phrase is read for containment. */
const CONTAINMENT_PREPOSITION = defineTokenRole([...LOCATION_PREPOSITIONS, "from", "to", "across", "toward", "towards"]);
const POSSESSIVE = /['’]s$/u;

/**
 * Containment the text states: "X, Kenya", "Kenya's capital (of) Nairobi",
 * "Munich, the capital of Germany's Bavaria region" (Munich in Bavaria, Bavaria in Germany).
 * Direct pairs only; align may take the transitive closure. Deduplicated.
 */
export function findPlaceContainment(input: FinderInput): PlaceContainment[] {
  const seen = new Set<string>();
  const pairs: PlaceContainment[] = [];
  const add = (inner: string, outer: string): void => {
    const pair = { inner: entityKey(inner, "place"), outer: entityKey(outer, "place") };
    const id = `${pair.inner}\u0000${pair.outer}`;
    if (pair.inner === pair.outer || seen.has(id)) return;
    seen.add(id);
    pairs.push(pair);
  };
  for (const tokens of tokensOf(input)) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const atPreposition = (token.roles & CONTAINMENT_PREPOSITION) !== 0;
      const atPossessive = token.cap && POSSESSIVE.test(token.text);
      if (!atPreposition && !atPossessive) continue;
      const place = parsePlaceAt(tokens, atPreposition ? i + 1 : i);
      if (!place) continue;
      const chain = [place.name, ...place.outers];
      for (let c = 0; c + 1 < chain.length; c++) add(chain[c]!, chain[c + 1]!);
      i = place.endToken - 1;
    }
  }
  return pairs;
}
