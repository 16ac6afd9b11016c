import type { TaggedToken } from "../tagger.js";

/** Verbs whose subject tells what was said, not a figure of the event ("two officials said"). */
const REPORTING_VERBS: ReadonlySet<string> = new Set(["say", "tell", "add", "report", "confirm", "describe", "recall", "speak", "explain"]);

/**
 * "Two officials said the talks failed", "one witness told reporters…": a count that is the
 * subject of a reporting verb counts the sources of a statement, not anything that happened; the
 * next report may quote three. `head` is the index of the counted noun.
 */
export function countsSpeakers(tokens: readonly TaggedToken[], head: number): boolean {
  let k = head + 1;
  while (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX") k++;
  const verb = tokens[k];
  return verb?.pos === "VERB" && REPORTING_VERBS.has(verb.lemma);
}

/** Prepositions of where or when: "one" after them points at one of several ("at one point"). */
const POINTING: ReadonlySet<string> = new Set(["at", "in", "on"]);

/**
 * "At one point", "in one video", "on one side": "one" after a preposition of where or when picks
 * out one of several things to speak of, it does not count them ("along with one counselor" does).
 * `first` is the index of the number.
 */
export function picksOneOut(tokens: readonly TaggedToken[], first: number): boolean {
  return tokens[first]?.lower === "one" && POINTING.has(tokens[first - 1]?.lower ?? "");
}
