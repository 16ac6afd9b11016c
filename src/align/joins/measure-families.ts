import type { Stated } from "../stated.js";
import { isTallyNoun } from "../../lexicons/tallies.js";

/**
 * A figure given with its bare noun ("72 yards") is the same fact as that figure given with a
 * fuller measure of the same noun elsewhere in the story ("72 rushing yards"), when exactly one
 * fuller measure of that noun carries that value: the bare statement joins it. A bare figure no
 * fuller measure shares stays on its own (it may count any of them).
 */
export function joinBareMeasures(stated: Stated[]): Stated[] {
  const fuller = new Map<string, Set<string>>();
  const ofOwner = new Map<string, Set<string>>();
  for (const s of stated) {
    const words = openMeasureWords(s);
    if (!words || words.length < 2) continue;
    const id = `${words.at(-1)}\u0000${s.claim.owner ?? ""}`;
    fuller.set(`${id}\u0000${s.value}`, (fuller.get(`${id}\u0000${s.value}`) ?? new Set()).add(s.claim.key));
    if (s.claim.owner) ofOwner.set(id, (ofOwner.get(id) ?? new Set()).add(s.claim.key));
  }
  return stated.map((s) => {
    const words = openMeasureWords(s);
    if (!words || words.length !== 1) return s;
    const id = `${words[0]}\u0000${s.claim.owner ?? ""}`;
    const keys = fuller.get(`${id}\u0000${s.value}`);
    const key = keys?.size === 1 ? [...keys][0] : s.claim.owner ? namedByVerb(s, ofOwner.get(id)) : undefined;
    return key ? { ...s, claim: { ...s.claim, key, measure: measureOf(key) } } : s;
  });
}

/**
 * "Briar passed for 243 yards" counts the passing yards the story gives Briar elsewhere ("243
 * passing yards"), whatever the figure: of the owner's fuller measures of that noun, the one
 * whose "-ing" modifier is the verb right before the figure ("passed for", "rushed for a
 * team-best"), when exactly one is.
 */
function namedByVerb(s: Stated, keys: Set<string> | undefined): string | undefined {
  if (!keys) return undefined;
  const sentence = s.article.sentences[s.claim.sentence];
  if (!sentence) return undefined;
  const before = s.article.article.text.slice(Math.max(sentence.start, s.claim.span.start - VERB_REACH), s.claim.span.start).toLowerCase();
  const named = [...keys].filter((key) => {
    const stems = verbStems(measureOf(key).split(" ")[0]!);
    return stems.length > 0 && new RegExp(`\\b(?:${stems.join("|")})(?:e?s|e?d|ing)?\\b`).test(before);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** How far before a figure its verb is looked for, in characters: "rushed for a team-leading 61". */
const VERB_REACH = 32;

/** "passing" → pass, "running" → runn or run, "receiving" → receiv; none for a word not in "-ing". */
function verbStems(modifier: string): string[] {
  const match = /^([a-z]{2,})ing$/.exec(modifier);
  if (!match) return [];
  const stem = match[1]!;
  return /([^aeiou])\1$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
}

/** Figures read from their noun phrase: open counts and shares (a party's share of the vote). */
const OPEN_FIGURES: ReadonlySet<string> = new Set(["QTY_COUNT_NOUN", "FRAME_SHARE", "FRAME_SHARE_LISTED", "QTY_VOTE_SHARE"]);

/**
 * A figure that names no owner ("about 640 children", "23.4 percent of the votes") is the figure another report gives with
 * its owner ("640 children at the camp", "the CA took 23.4 percent") when exactly one owner of that
 * measure has that value in the story: it joins that owner's slot. Running tallies are left alone: an unowned toll is the whole
 * event's, and may equal one part's by chance.
 */
export function joinUnownedFigures(stated: Stated[]): Stated[] {
  const owned = new Map<string, Set<string>>();
  for (const s of stated) {
    const { rule, key, measure, owner } = s.claim;
    if (!OPEN_FIGURES.has(rule) || !measure || !owner || !key.startsWith(`${measure}: `)) continue;
    const id = `${measure}\u0000${s.value}`;
    owned.set(id, (owned.get(id) ?? new Set()).add(key));
  }
  return stated.map((s) => {
    const { rule, key, measure, owner } = s.claim;
    if (!OPEN_FIGURES.has(rule) || owner || !measure || key !== measure || isTallyNoun(measure)) return s;
    const keys = owned.get(`${measure}\u0000${s.value}`);
    if (!keys || keys.size !== 1) return s;
    const [slot] = keys;
    return { ...s, claim: { ...s.claim, key: slot! } };
  });
}

/**
 * The words of an open count's measure ("rushing yard"), or null for any other claim. Its slot is
 * the measure, or the measure and its owner ("rushing yard: Tom Briar") when the story gives the
 * measure for several owners.
 */
function openMeasureWords(s: Stated): string[] | null {
  const { rule, key, measure } = s.claim;
  if (rule !== "QTY_COUNT_NOUN" || !measure || (key !== measure && !key.startsWith(`${measure}: `))) return null;
  return measure.split(" ");
}

/** "rushing yard: Tom Briar" → "rushing yard". */
function measureOf(key: string): string {
  const colon = key.indexOf(": ");
  return colon < 0 ? key : key.slice(0, colon);
}
