import { tagSentence, type TaggedToken } from "../tagger.js";

/**
 * Modifiers that say nothing about what is counted: "38 other people" counts people, "12 more
 * bodies" bodies. Words that do say what ("passing touchdowns", "voting delegates", "road
 * deaths") stay in the measure.
 */
const EMPTY_MODIFIERS: ReadonlySet<string> = new Set([
  "other", "more", "new", "additional", "further", "many", "several", "various", "different", "separate",
  "such", "same", "few", "some", "confirmed", "reported", "estimated", "known", "least", "last", "first",
]);
/** Longest noun phrase read after a value: "two touchdown passes", "412 voting delegates". */
const MAX_PHRASE = 4;
const PHRASE_TAGS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "PROPN"]);

export interface Measure {
  /** Lemmas, modifiers first: "voting delegate", "square mile", "passing touchdown". */
  words: string[];
  /** Token index of the head noun (the last word of the phrase). */
  head: number;
}

/**
 * What a value counts: the noun phrase right after it, read by part of speech ("412 voting
 * delegates" → voting delegate). A participle after a percentage is what the share is of ("14%
 * contained"), and so is the noun made from its verb ("14% containment" is "14% contained");
 * "N% of the vote" is the vote's share.
 */
export function measureAfter(tokens: readonly TaggedToken[], end: number, percent: boolean): Measure | null {
  if (percent) return shareMeasure(tokens, end);
  const words: string[] = [];
  let head = -1;
  let kept = 0;
  let read = 0;
  for (let k = end; k < tokens.length && read < MAX_PHRASE; k++, read++) {
    const token = tokens[k]!;
    const compound = describingCompound(tokens, k);
    if (compound) {
      k = compound;
      continue;
    }
    // "two touchdown passes": a plural tagged as a verb right after a noun is still the noun.
    const nounLike = PHRASE_TAGS.has(token.pos) || (token.pos === "VERB" && words.length > 0 && /s$/.test(token.lower) && tokens[k - 1]!.pos === "NOUN");
    if (isParticipleModifier(tokens, k)) {
      words.push(token.lower);
      continue;
    }
    if (!nounLike || !/^[\p{L}-]+$/u.test(token.text)) break;
    if (token.pos === "PROPN" && (tokens[k + 1]?.pos !== "NOUN" && tokens[k + 1]?.pos !== "PROPN" || isPossessorRun(tokens, k))) break;
    if (EMPTY_MODIFIERS.has(token.lower)) continue;
    words.push(lemmaOf(token));
    if (token.pos !== "ADJ") {
      head = k;
      kept = words.length;
    }
  }
  // Adjectives after the head noun ("five people dead") are predicates, not part of what is counted.
  if (head < 0) return null;
  const trailing = trailingGerund(tokens, head);
  return { words: trailing ? [trailing, ...words.slice(0, kept)] : words.slice(0, kept), head };
}

/** "of Westmark Steel's shares": a run of names closed by a possessive owns what follows; it does not say what is counted. */
function isPossessorRun(tokens: readonly TaggedToken[], k: number): boolean {
  let end = k;
  while (tokens[end + 1]?.pos === "PROPN") end++;
  return /^['’]s?$/.test(tokens[end + 1]?.text ?? "");
}

/**
 * "four masked thieves", "40 registered voters": a past participle before the noun modifies it as
 * an adjective would (the tagger reads it as a verb).
 */
function isParticipleModifier(tokens: readonly TaggedToken[], k: number): boolean {
  const token = tokens[k]!;
  return token.pos === "VERB" && /^[a-z]+(?:ed|en)$/.test(token.lower) && tokens[k + 1]?.pos === "NOUN";
}

/**
 * "three knife-wielding men", "two hood-clad riders": a hyphenated compound ending in a participle
 * or an adjective tells how the counted things looked or what they did, not what they are; it is
 * left out of the measure, so that reports describing them differently count the same noun. The
 * index of the compound's last word, or 0 when `k` starts none (or nothing is counted after it).
 */
function describingCompound(tokens: readonly TaggedToken[], k: number): number {
  const [word, hyphen, last, next] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!word || !hyphen || !last || !next || hyphen.text !== "-" || hyphen.start !== word.end || last.start !== hyphen.end) return 0;
  if (!/^\p{L}+$/u.test(word.text) || (last.pos !== "ADJ" && last.pos !== "VERB")) return 0;
  return next.pos === "NOUN" ? k + 2 : 0;
}

/** What may follow a gerund that ends a measure: "58 yards rushing.", "58 yards rushing and a touchdown". */
const AFTER_TRAILING_GERUND: ReadonlySet<string> = new Set(["PUNCT", "CCONJ"]);

/**
 * A gerund right after the head noun that ends its phrase qualifies the noun as one before it
 * would: "58 yards rushing" counts rushing yards. One with more after it ("40 people living
 * nearby") is a clause of its own.
 */
function trailingGerund(tokens: readonly TaggedToken[], head: number): string | undefined {
  const next = tokens[head + 1];
  if (!next || next.pos !== "VERB" || !/^[a-z]+ing$/.test(next.lower)) return undefined;
  const after = tokens[head + 2];
  return !after || AFTER_TRAILING_GERUND.has(after.pos) ? next.lower : undefined;
}

function shareMeasure(tokens: readonly TaggedToken[], end: number): Measure | null {
  const next = tokens[end];
  if (!next) return null;
  if (next.lower === "of") {
    let k = end + 1;
    if (tokens[k]?.pos === "DET" || tokens[k]?.pos === "PRON") k++;
    const of = measureAfter(tokens, k, false);
    return of ? { words: [...of.words, "share"], head: of.head } : null;
  }
  if (next.pos === "VERB") return { words: [next.lower], head: end };
  if (next.pos === "ADJ") return { words: [lemmaOf(next)], head: end };
  const phrase = measureAfter(tokens, end, false);
  const verbal = phrase?.words.length === 1 ? NOMINAL_ENDING.exec(phrase.words[0]!) : null;
  return verbal ? { words: [`${verbal[1]}ed`], head: phrase!.head } : phrase;
}

/** A noun made from a verb with "-ment" ("containment" of "contain"): after a share, its participle says the same. */
const NOMINAL_ENDING = /^([a-z]{4,})ment$/;

/** The dictionary form, keeping plural-only words and names as written. */
export function lemmaOf(token: TaggedToken): string {
  if (token.pos === "PROPN") return token.lower;
  return token.lemma || token.lower;
}

/**
 * Whether the measure of a figure ending at `end` (an offset in `sentence`) opens with a word that
 * says what its things are like ("eligible delegates", "masked riders": a lower-case adjective or
 * participle), not what kind of thing they are ("crew members", "display cases": a noun; "Northern
 * sites": a name). Align asks it of the few figures whose measure narrows a noun another report
 * gives bare.
 */
export function opensWithQuality(sentence: string, end: number): boolean {
  const next = tagSentence(sentence, 0).tokens.find((t) => t.start >= end);
  return next !== undefined && next.text === next.lower && (next.pos === "ADJ" || (next.pos === "VERB" && /(?:ed|en)$/.test(next.lower)));
}
