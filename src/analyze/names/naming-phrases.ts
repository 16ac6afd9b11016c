import type { TaggedToken } from "../frames/tagger.js";
import { surfaceOf, type HeadedName } from "./headed-names.js";
import { capitalisedRun } from "./runs.js";
import { PERSON_NOUNS, TITLE_HEADS } from "../../lexicons/titles.js";

/**
 * Nouns that classify a person or a place: a name they introduce is a person's (roles/) or a
 * place's (places/), which other finders read; a named fact is about things and bodies.
 */
const NOT_A_THING: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS, ...TITLE_HEADS.keys(),
  "man", "woman", "boy", "girl", "person", "child", "son", "daughter", "father", "mother", "wife", "husband", "friend",
  "resident", "official", "member", "leader", "student", "victim", "suspect", "player", "people", "one",
  "city", "town", "village", "county", "state", "country", "region", "province", "district", "area", "neighbourhood", "neighborhood",
  "capital", "island", "nation", "suburb", "community", "place", "site", "part", "home",
]);

/** Verbs that give a thing its name: "a storm dubbed Ilse", "its mission, named Operation Tinder". */
const NAMING_VERBS: ReadonlySet<string> = new Set(["named", "dubbed", "called", "codenamed", "code-named", "nicknamed", "titled", "christened"]);

/**
 * NAME_NAMING_PHRASE: a noun, then "named", "dubbed", "called" or "known as", then a name: the
 * noun says what the name names ("a hacker group called Cobalt Tide" → group: Cobalt Tide). The noun
 * is trusted over the entity finder, which reads most two-word names as a person's.
 */
export function findNamingPhrases(tokens: readonly TaggedToken[]): HeadedName[] {
  const found: HeadedName[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const verb = tokens[k]!;
    let nameAt: number;
    if (NAMING_VERBS.has(verb.lower)) nameAt = k + 1;
    else if (verb.lower === "known" && tokens[k + 1]?.lower === "as") nameAt = k + 2;
    else continue;
    let nounAt = k - 1;
    if (tokens[nounAt]?.lower === "also") nounAt--;
    if (tokens[nounAt]?.text === ",") nounAt--;
    const noun = tokens[nounAt];
    if (!noun || noun.pos !== "NOUN" || NOT_A_THING.has(noun.lemma)) continue;
    // The name may stand in quotes: "named ‘Operation Tinder’".
    if (tokens[nameAt]?.pos === "PUNCT" && /^["'‘“]$/u.test(tokens[nameAt]!.text)) nameAt++;
    const end = capitalisedRun(tokens, nameAt);
    if (end === nameAt) continue;
    found.push({ measure: noun.lemma, surface: surfaceOf(tokens, nameAt, end), first: nameAt, end });
  }
  return found;
}

/** Where an appositive's noun phrase may end: a comma, a stop, a relative pronoun. */
const APPOSITIVE_ENDS: ReadonlySet<string> = new Set([",", ".", ";", ":", "that", "which", "whose", "where", ")", "—", "–"]);
/** Words an appositive's noun phrase may hold before its head. */
const APPOSITIVE_WORDS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "PART", "NUM", "ADV"]);

/**
 * NAME_APPOSITIVE: a name, a comma, "a", "an" or "the", a short noun phrase, and its head noun says
 * what the name names ("Larkspur, a riverside scout camp," → camp: Larkspur; "Grey Owl, a civic
 * group that…" → group: Grey Owl). `names` are the sentence's names with their token ranges; persons
 * and places are left out by the caller.
 */
export function findAppositives(tokens: readonly TaggedToken[], names: readonly { first: number; end: number }[]): HeadedName[] {
  const found: HeadedName[] = [];
  for (const name of names) {
    if (tokens[name.end]?.text !== "," || !["a", "an", "the"].includes(tokens[name.end + 1]?.lower ?? "")) continue;
    let head = -1;
    for (let k = name.end + 2; k < Math.min(tokens.length, name.end + 9); k++) {
      const token = tokens[k]!;
      if (APPOSITIVE_ENDS.has(token.lower)) break;
      if (!APPOSITIVE_WORDS.has(token.pos) && token.text !== "-") {
        head = -1;
        break;
      }
      head = token.pos === "NOUN" ? k : -1;
    }
    const noun = tokens[head];
    const closing = tokens[head + 1];
    if (!noun || !closing || !APPOSITIVE_ENDS.has(closing.lower) || NOT_A_THING.has(noun.lemma)) continue;
    found.push({ measure: noun.lemma, surface: surfaceOf(tokens, name.first, name.end), first: name.first, end: name.end });
  }
  return found;
}
