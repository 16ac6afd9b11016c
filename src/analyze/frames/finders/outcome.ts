import type { TaggedToken } from "../tagger.js";

/**
 * Verbs that tell what became of some of the things an event is about: lost on the way (dropped,
 * left behind) or got back (recovered, found). Each names the class a count of them is put in.
 */
const OUTCOME_VERBS: ReadonlyMap<string, string> = new Map([
  ["lose", "lost"], ["drop", "lost"], ["abandon", "lost"],
  ["recover", "recovered"], ["retrieve", "recovered"], ["find", "recovered"],
]);
/** Words an apposition after the counted noun may hold before its closing comma ("One bag, a suitcase, was lost"). */
const MAX_APPOSITION = 8;

/**
 * "One bag, a suitcase, was lost", "two bags were dropped", "police recovered three paintings":
 * a count of things lost or got back is a part of what the event took, not a rival of the
 * count taken ("six bags were stolen"). The class ("lost", "recovered") when the count is the
 * object of such a verb (the verb right before it) or the subject of its passive (the participle
 * after the noun, past an apposition); undefined otherwise.
 */
export function outcomeOf(tokens: readonly TaggedToken[], first: number, head: number): string | undefined {
  const before = tokens[first - 1];
  if (before?.pos === "VERB" && OUTCOME_VERBS.has(before.lemma)) return OUTCOME_VERBS.get(before.lemma);
  let k = head + 1;
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, i) => i > k && i <= k + MAX_APPOSITION && t.text === ",");
    if (close < 0) return undefined;
    k = close + 1;
  }
  if (tokens[k]?.lemma !== "be") return undefined;
  k++;
  if (tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k];
  return verb?.pos === "VERB" ? OUTCOME_VERBS.get(verb.lemma) : undefined;
}
