import {
  CARRY_VERBS, CARRY_WINDOW, DESTINATION_MARKERS, NOT_PLACE_WORDS, ORIGIN_MARKERS, PLURAL_TRAVEL_WORDS, ROUTE_PAIR_MAX_GAP, ROUTE_PAIR_NOUNS, TRAVEL_GAP, TRAVEL_WORDS,
} from "../../lexicons/place-words.js";
import type { Claim } from "../../types.js";
import { defineTokenRole, indexPhrases, matchPhrase, type Token } from "../claim-tokens.js";
import { entityKey } from "../entities/key.js";
import { parsePlaceAt, placeNameClaim, type PlaceParse } from "./names.js";

const DESTINATION_INDEX = indexPhrases(DESTINATION_MARKERS.map((m) => [m, true] as const));
const ORIGIN_INDEX = indexPhrases(ORIGIN_MARKERS.map((m) => [m, true] as const));
/** Words a route phrase can start with; other tokens are skipped unread. */
const ROUTE_START = defineTokenRole(["from", ...DESTINATION_INDEX.keys(), ...ORIGIN_INDEX.keys()]);
/** Words that link a pair of places ("Almaty to Astana", "Dhaka–Barisal"), and travel nouns after one. */
const PAIR_LINK = defineTokenRole(["to", "–", "—", "-"]);
/**
 * A sentence can hold a route only with a travel word, a carrying verb or a route marker in it;
 * others are skipped. ("Moscow-bound" carries the role of "moscow" only, so "-bound" sentences
 * still need one of these words: "a Moscow-bound train".)
 */
const ROUTE_SENTENCE = defineTokenRole([...TRAVEL_WORDS, ...PLURAL_TRAVEL_WORDS, ...ROUTE_PAIR_NOUNS, ...CARRY_VERBS, "from", "bound", "took", "left", "departed"]);
/** "took off from" names an origin on its own; other origin markers ("left", "departed") need a travel word in the sentence. */
const SELF_EVIDENT_ORIGIN = "took";
/** "Moscow-bound", "Grozny-bound": the prefix is the destination. */
const BOUND_SUFFIX = /^(\p{Lu}[\p{L}'’.\-]*?)-bound$/u;

/**
 * Route claims of one sentence: "origin" and "destination" (kind "route"), values entity keys.
 * ROUTE_FROM_TO: "(flight|en route|flying…) from X [,] to Y"; ROUTE_FROM: "… from X";
 * ROUTE_TO: "en route to Y", "bound for Y", "heading to Y", "a flight to Y";
 * ROUTE_ORIGIN: "took off from X", "departed X"; ROUTE_BOUND: "a Moscow-bound jet".
 * Plural travel nouns ("all flights to Russia") speak of a service, not a journey: no claim.
 */
export function findRouteClaims(tokens: readonly Token[], sentence: number, sentenceRoles: number): Claim[] {
  const claims: Claim[] = [];
  if (!(sentenceRoles & ROUTE_SENTENCE)) return claims;
  const pairs = (sentenceRoles & PAIR_LINK) !== 0 || tokens.some((t) => t.cap && t.text.includes("-"));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || (!(token.roles & ROUTE_START) && !(token.cap && pairs) && !token.lower.endsWith("-bound"))) continue;
    if (token.lower === "from" && travelGoverns(tokens, i)) {
      const origin = parsePlaceAt(tokens, i + 1);
      if (!origin) continue;
      claims.push(routeClaim("origin", origin, sentence, "ROUTE_FROM"));
      let k = origin.endToken;
      if (tokens[k]?.text === ",") k++;
      if (["to", "for", "towards", "toward"].includes(tokens[k]?.lower ?? "")) {
        const destination = parsePlaceAt(tokens, k + 1);
        if (destination) {
          claims.push(routeClaim("destination", destination, sentence, "ROUTE_FROM_TO"));
          i = destination.endToken - 1;
          continue;
        }
      }
      i = origin.endToken - 1;
      continue;
    }
    const toMarker = matchPhrase(tokens, i, DESTINATION_INDEX);
    if (toMarker) {
      const destination = parsePlaceAt(tokens, i + toMarker.words.length);
      if (destination) {
        claims.push(routeClaim("destination", destination, sentence, "ROUTE_TO"));
        i = destination.endToken - 1;
      }
      continue;
    }
    const fromMarker = matchPhrase(tokens, i, ORIGIN_INDEX);
    if (fromMarker && (fromMarker.words[0] === SELF_EVIDENT_ORIGIN || tokens.some((t) => TRAVEL_WORDS.has(t.lower)))) {
      const origin = parsePlaceAt(tokens, i + fromMarker.words.length);
      if (origin) {
        claims.push(routeClaim("origin", origin, sentence, "ROUTE_ORIGIN"));
        i = origin.endToken - 1;
      }
      continue;
    }
    if (token.cap && pairs) {
      const pair = readRoutePair(tokens, i, sentence);
      if (pair) {
        claims.push(...pair.claims);
        i = pair.end - 1;
        continue;
      }
    }
    const bound = token.lower.endsWith("-bound") ? BOUND_SUFFIX.exec(token.text) : null;
    if (bound) {
      const name = bound[1]!;
      claims.push({
        kind: "route", key: "destination", value: entityKey(name, "place"), display: name, sentence,
        span: { start: token.start, end: token.start + name.length }, rule: "ROUTE_BOUND",
      });
    }
  }
  return claims;
}

/**
 * ROUTE_PAIR: "the Almaty to Astana night train", "the Dhaka–Barisal launch", "a Porto-Braga
 * regional service": two places joined by "to" or a dash, then a travel noun within
 * ROUTE_PAIR_MAX_GAP lower-case words.
 */
function readRoutePair(tokens: readonly Token[], i: number, sentence: number): { claims: Claim[]; end: number } | null {
  const token = tokens[i]!;
  const joined = token.text.includes("-") ? JOINED_PAIR.exec(token.text) : null;
  let origin: NamedSpan;
  let destination: NamedSpan;
  let next: number;
  if (joined) {
    const [, first, second] = joined;
    origin = { name: first!, start: token.start, end: token.start + first!.length };
    destination = { name: second!, start: token.end - second!.length, end: token.end };
    next = i + 1;
  } else {
    const before = tokens[i - 1];
    if (before?.cap && before.kind === "word" && !NOT_PLACE_WORDS.has(before.lower)) return null; // inside a longer name
    if (!pairLinkAhead(tokens, i)) return null;
    const from = parsePlaceAt(tokens, i);
    const link = from ? tokens[from.endToken] : undefined;
    if (!from || from.outers.length > 0 || !link || !(link.lower === "to" || PAIR_DASHES.has(link.text))) return null;
    const to = parsePlaceAt(tokens, from.endToken + 1);
    if (!to) return null;
    origin = from;
    destination = to;
    next = to.endToken;
  }
  for (let k = next; k < Math.min(tokens.length, next + ROUTE_PAIR_MAX_GAP + 1); k++) {
    const word = tokens[k]!;
    if (ROUTE_PAIR_NOUNS.has(word.lower)) {
      const claims = [routeClaim("origin", origin, sentence, "ROUTE_PAIR"), routeClaim("destination", destination, sentence, "ROUTE_PAIR")];
      return { claims, end: k + 1 };
    }
    if (word.kind !== "word" || word.cap) return null;
  }
  return null;
}

/** A place name with its offsets in the text. */
type NamedSpan = Pick<PlaceParse, "name" | "start" | "end">;

/** Cheap test before parsing: "to" or a dash within the next few tokens. */
function pairLinkAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    if (tokens[k]!.lower === "to" || PAIR_DASHES.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** "Almaty-Astana" written as one hyphenated word. */
const JOINED_PAIR = /^(\p{Lu}[\p{L}’']+)-(\p{Lu}[\p{L}’']+)$/u;
/** Dashes that join a pair of places ("Dhaka–Barisal"). */
const PAIR_DASHES: ReadonlySet<string> = new Set(["–", "—", "-"]);

/**
 * Whether "from" at `i` belongs to a journey: a singular travel word right before it, or with at
 * most TRAVEL_GAP numbers, names or commas between ("a flight from", "Flight 217 from", "the jet,
 * en route from"). A lower-case word between ("permission from Moscow") breaks the link.
 */
function travelGoverns(tokens: readonly Token[], i: number): boolean {
  // "carrying 214 people from X": a carrying verb and its object.
  for (let k = i - 1; k >= Math.max(0, i - CARRY_WINDOW); k--) {
    if (tokens[k]!.kind === "punct") break;
    if (CARRY_VERBS.has(tokens[k]!.lower)) return true;
  }
  let skipped = 0;
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (PLURAL_TRAVEL_WORDS.has(token.lower)) return false;
    if (TRAVEL_WORDS.has(token.lower)) return true;
    const skippable = token.kind === "num" || token.kind === "punct" || token.cap;
    if (!skippable || ++skipped > TRAVEL_GAP) return false;
  }
  return false;
}

function routeClaim(key: "origin" | "destination", place: NamedSpan, sentence: number, rule: string): Claim {
  return placeNameClaim("route", key, place, sentence, rule);
}
