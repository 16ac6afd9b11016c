import type { TaggedToken } from "../tagger.js";
import { CRIME_NOUNS, CRIME_VERBS, DOING_VERBS, PLAIN_PERSON_NOUNS, SAME_KIND_NOUNS } from "../../../lexicons/counted-kinds.js";

/** Words of an apposition after the counted noun before its closing comma ("six men, including one in a red coat,"). */
const MAX_APPOSITION = 10;
/** Words between a doing verb and its crime: "carried out the daring burglary". */
const OBJECT_REACH = 4;

/**
 * The words of a count's measure with its head noun named as every report's word for that kind
 * ("three robbers" and "three thieves" both count perpetrators; "eleven pieces" and "eleven
 * items" items), and a plain noun for people named for what the sentence says they did ("six men
 * … carried out the robbery" counts perpetrators). Other measures are returned as they are.
 */
export function countedKind(words: readonly string[], tokens: readonly TaggedToken[], head: number): string[] {
  const noun = words.at(-1);
  if (noun === undefined) return [...words];
  const kind = SAME_KIND_NOUNS.get(noun) ?? (PLAIN_PERSON_NOUNS.has(noun) && didTheCrime(tokens, head) ? "perpetrator" : undefined);
  return kind ? [...words.slice(0, -1), kind] : [...words];
}

/** Whether the clause's verb after the counted people says they did a crime: "robbed", "carried out the raid". */
function didTheCrime(tokens: readonly TaggedToken[], head: number): boolean {
  let k = head + 1;
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, i) => i > k && i <= k + MAX_APPOSITION && t.text === ",");
    if (close < 0) return false;
    k = close + 1;
  }
  while (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX") k++;
  const verb = tokens[k];
  if (verb?.pos !== "VERB") return false;
  if (CRIME_VERBS.has(verb.lemma) || (verb.lemma === "break" && tokens[k + 1]?.lower === "into")) return true;
  if (!DOING_VERBS.has(verb.lemma)) return false;
  return tokens.slice(k + 1, k + 1 + OBJECT_REACH).some((t) => CRIME_NOUNS.has(t.lemma || t.lower));
}
