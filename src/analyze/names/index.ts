import type { Claim, EntityMention, Sentence } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { tagSentence, type TaggedToken } from "../frames/tagger.js";
import { entityKey } from "../entities/key.js";
import { groupBy } from "../../group.js";
import { findHeadedNames, type HeadedName } from "./headed-names.js";
import { findAppositives, findNamingPhrases } from "./naming-phrases.js";
import { findAgents, findFoundings } from "./agents.js";
import { isCapitalised, nameRuns } from "./runs.js";
import { mayHoldName } from "./hint.js";
import { isEarlierEvent } from "./earlier-event.js";

/** The key prefix of named facts: "name: river", "name: awarded by". */
export const NAME_KEY_PREFIX = "name: ";

/**
 * Named facts: a value that is a proper name, with what it names, read from grammar:
 * - NAME_AGENT: the agent of a verb that matters ("built by Aerowerk" → maker, "awarded by the
 *   Halden Committee" → awarded by, "Westmark Safety Board investigators" → investigator);
 * - NAME_FOUNDED: what someone founded ("co-founded Grey Owl", "a founder of Grey Owl");
 * - NAME_HEAD: a name with its kind inside it ("the Marrow River" → river, "Camp Larkspur" → camp,
 *   "Operation Tinder" → operation, "Halden University" → university);
 * - NAME_NAMING_PHRASE: "a storm dubbed Ilse", "its mission, named Operation Tinder";
 * - NAME_APPOSITIVE: "Grey Owl, a civic group that…" → group.
 * Key "name: <what it names>", value the name's entity key, so that reports naming one river
 * corroborate each other. A story names several rivers, camps or investigators, so a named fact is
 * never held against another (`comparable: false`): who holds an office one person holds is a role
 * claim (roles/), where different names do contradict.
 */
export function findNamedFacts(input: FinderInput): Claim[] {
  const mentions = groupBy(input.entities, (m) => m.sentence);
  const out: Claim[] = [];
  for (const sentence of input.sentences) {
    if (!mayHoldName(sentence.text)) continue;
    const tokens = tagSentence(sentence.text, sentence.start).tokens;
    if (isHeadline(tokens)) continue;
    const own = mentions.get(sentence.index) ?? [];
    // Names of things: runs that end in a proper noun ("Sadly," opens a sentence) and name no person or place.
    const things = nameRuns(tokens).filter((run) => tokens[run.end - 1]!.pos === "PROPN" && !covers(own, tokens, run, (m) => m.type !== "organization"));
    const found: [HeadedName, string][] = [
      ...findAgents(tokens).map((n) => [n, "NAME_AGENT"] as [HeadedName, string]),
      ...findFoundings(tokens).map((n) => [n, "NAME_FOUNDED"] as [HeadedName, string]),
      ...findHeadedNames(tokens).map((n) => [n, "NAME_HEAD"] as [HeadedName, string]),
      ...findNamingPhrases(tokens).map((n) => [n, "NAME_NAMING_PHRASE"] as [HeadedName, string]),
      ...findAppositives(tokens, things).map((n) => [n, "NAME_APPOSITIVE"] as [HeadedName, string]),
    ];
    const kept: HeadedName[] = [];
    for (const [name, rule] of found) {
      // One fact per name: the first rule that read it says best what it names.
      if (kept.some((k) => k.first < name.end && name.first < k.end) || isEarlierEvent(name.measure, sentence.text, input.published)) continue;
      kept.push(name);
      out.push(claimOf(sentence, tokens, name, rule));
    }
  }
  return out;
}

function claimOf(sentence: Sentence, tokens: readonly TaggedToken[], name: HeadedName, rule: string): Claim {
  return {
    kind: "entity",
    key: `${NAME_KEY_PREFIX}${name.measure}`,
    value: entityKey(name.surface, "organization"),
    display: name.surface,
    comparable: false,
    sentence: sentence.index,
    span: { start: tokens[name.first]!.start, end: tokens[name.end - 1]!.end },
    rule,
  };
}

/** Whether an entity mention that `keep` accepts lies inside the token range. */
function covers(mentions: readonly EntityMention[], tokens: readonly TaggedToken[], range: { first: number; end: number }, keep: (m: EntityMention) => boolean): boolean {
  const start = tokens[range.first]!.start;
  const end = tokens[range.end - 1]!.end;
  return mentions.some((m) => keep(m) && m.start < end && start < m.end);
}

/** A headline or a menu line in title case ("Flood Toll Rises As Rivers Crest"): every word a name word. */
function isHeadline(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => t.pos !== "PUNCT" && t.pos !== "NUM");
  const capitalised = words.filter((t, i) => isCapitalised(t, i + 1)).length;
  return words.length >= 4 && capitalised / words.length > 0.7;
}
