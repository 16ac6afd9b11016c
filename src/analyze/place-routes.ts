import {
  DESTINATION_MARKERS, ORIGIN_MARKERS, PLURAL_TRAVEL_WORDS, TRAVEL_GAP, TRAVEL_WORDS,
} from "../lexicons/place-words.js";
import type { Claim } from "../types.js";
import { defineTokenRole, indexPhrases, matchPhrase, type Token } from "./claim-tokens.js";
import { entityKey } from "./entity-key.js";
import { parsePlaceAt, type PlaceParse } from "./place-names.js";

const DESTINATION_INDEX = indexPhrases(DESTINATION_MARKERS.map((m) => [m, true] as const));
const ORIGIN_INDEX = indexPhrases(ORIGIN_MARKERS.map((m) => [m, true] as const));
/** Words a route phrase can start with; other tokens are skipped unread. */
const ROUTE_START = defineTokenRole(["from", ...DESTINATION_INDEX.keys(), ...ORIGIN_INDEX.keys()]);
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
export function findRouteClaims(tokens: readonly Token[], sentence: number): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || !(token.roles & ROUTE_START) && !token.lower.endsWith("-bound")) continue;
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
 * Whether "from" at `i` belongs to a journey: a singular travel word right before it, or with at
 * most TRAVEL_GAP numbers, names or commas between ("a flight from", "Flight 217 from", "the jet,
 * en route from"). A lower-case word between ("permission from Moscow") breaks the link.
 */
function travelGoverns(tokens: readonly Token[], i: number): boolean {
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

function routeClaim(key: "origin" | "destination", place: PlaceParse, sentence: number, rule: string): Claim {
  return {
    kind: "route",
    key,
    value: entityKey(place.name, "place"),
    display: place.name,
    sentence,
    span: { start: place.start, end: place.end },
    rule,
  };
}
