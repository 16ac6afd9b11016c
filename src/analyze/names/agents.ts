import type { TaggedToken } from "../frames/tagger.js";
import { surfaceOf, type HeadedName } from "./headed-names.js";
import { capitalisedRun } from "./runs.js";

/**
 * Verbs whose agent ("made by X", "investigated by X") is a fact a newsroom checks: who built the
 * aircraft, who investigates, who awards the prize, who runs the site. Keys are lemmas.
 */
const AGENT_MEASURES: ReadonlyMap<string, string> = new Map([
  ["make", "maker"], ["manufacture", "maker"], ["build", "maker"],
  ["investigate", "investigator"], ["probe", "investigator"],
  ["award", "awarded by"], ["operate", "operator"], ["organize", "organiser"], ["organise", "organiser"],
  ["found", "founder"], ["co-found", "founder"],
]);

/** Nouns for the people of a body that investigates: "Westmark Safety Board investigators". */
const INVESTIGATOR_NOUNS: ReadonlySet<string> = new Set(["investigator", "inspector"]);

/**
 * NAME_AGENT: the agent of a verb of AGENT_MEASURES after "by" ("a jet built by Aerowerk",
 * "the prize, awarded by the Halden Committee"); a body named right before "investigators"; a
 * body that "is investigating" or "will lead the investigation".
 */
export function findAgents(tokens: readonly TaggedToken[]): HeadedName[] {
  const found: HeadedName[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.lower === "by" && tokens[k - 1]!.pos === "VERB") {
      const measure = AGENT_MEASURES.get(tokens[k - 1]!.lemma);
      const first = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
      const end = capitalisedRun(tokens, first);
      if (measure && end > first) found.push({ measure, surface: surfaceOf(tokens, first, end), first, end });
      continue;
    }
    if (!investigates(tokens, k)) continue;
    let first = k;
    while (first > 0 && tokens[first - 1]!.pos === "PROPN" && tokens[first - 1]!.text[0] !== tokens[first - 1]!.lower[0]) first--;
    if (first < k) found.push({ measure: "investigator", surface: surfaceOf(tokens, first, k), first, end: k });
  }
  return found;
}

/** At `k`: "investigators", "is investigating", "will lead the investigation", after a name. */
function investigates(tokens: readonly TaggedToken[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos === "NOUN" && INVESTIGATOR_NOUNS.has(token.lemma) && token.lower.endsWith("s")) return true;
  if (token.pos !== "AUX" && token.lemma !== "will") return false;
  const verb = tokens[k + 1];
  if (verb?.lower === "investigating") return true;
  const object = tokens.slice(k + 1, k + 5).map((t) => t.lower);
  return (object.includes("lead") || object.includes("leading") || object.includes("head")) && object.includes("investigation");
}

/** Words that say someone founded what follows: "co-founded", "founder of", "co-founder of". */
const FOUNDING: ReadonlySet<string> = new Set(["founded", "co-founded", "cofounded"]);
const FOUNDER: ReadonlySet<string> = new Set(["founder", "co-founder", "cofounder"]);

/**
 * NAME_FOUNDED: what someone founded, named after "founded" or "founder of", a few lower-case
 * words of its kind allowed between ("founded the civic group Grey Owl", "a founder of Grey Owl").
 */
export function findFoundings(tokens: readonly TaggedToken[]): HeadedName[] {
  const found: HeadedName[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const word = tokens[k]!.lower;
    let first: number;
    if (FOUNDING.has(word) && tokens[k + 1]!.lower !== "by" && (k === 0 || tokens[k - 1]!.pos !== "AUX")) first = k + 1;
    else if (FOUNDER.has(word) && tokens[k + 1]!.lower === "of") first = k + 2;
    else continue;
    if (tokens[first]?.pos === "DET") first++;
    // "the civic group Grey Owl": lower-case words of its kind before the name.
    let at = first;
    while (at < Math.min(tokens.length, first + 4) && tokens[at]!.text[0] === tokens[at]!.lower[0] && (tokens[at]!.pos === "ADJ" || tokens[at]!.pos === "NOUN")) at++;
    const end = capitalisedRun(tokens, at);
    if (end > at) found.push({ measure: "organisation founded", surface: surfaceOf(tokens, at, end), first: at, end });
  }
  return found;
}
