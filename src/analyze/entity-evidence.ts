import { PLACE_CUE_NOUNS } from "../lexicons/countries.js";
import { HONORIFICS, PERSON_NOUNS, TITLE_HEADS } from "../lexicons/titles.js";

/**
 * Context rules that type a capitalised name as a person or a place. The rules before a name look
 * at the previous word or two (a backward character scan and a set lookup: no slice, no regex per
 * name); the rules after a name are sticky regexes run from the name's end. Rule ids name them in
 * tests and debugging.
 */

/**
 * Title heads that are also common lower-case words ("head of state", "a major blow", "in
 * general", "in justice"): in lower case they do not mark the next name; nor do abbreviations.
 */
const LOWERCASE_TITLE_EXCLUDED: ReadonlySet<string> = new Set([
  "head", "major", "general", "justice", "marshal",
  "rep", "sen", "gov", "pm", "mp", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "brig", "cpl", "insp",
  "supt", "det", "gen",
]);

/** Words right before a name that make it a person: lower-case titles, person nouns, honorifics. */
const PERSON_CUE_WORDS: ReadonlySet<string> = new Set([
  ...[...TITLE_HEADS.keys()].filter((word) => !LOWERCASE_TITLE_EXCLUDED.has(word)),
  ...[...PERSON_NOUNS].map((noun) => noun.split(" ").pop()!),
  ...HONORIFICS,
]);

/**
 * Prepositions of place: "in Dushanbe", "from Baku to Grozny", "near Aktau". Weak evidence: a
 * person can be "told to" or "sent from" too, so any person evidence for the same name wins.
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "near", "to", "from", "at", "across", "outside", "into", "toward", "towards", "via", "over", "inside",
  "around", "throughout", "within", "off",
]);

interface Word {
  start: number;
  end: number;
}

const LETTER_RE = /[\p{L}\-]/u;

/** The word ending before `at` (skipping spaces, one comma and a period), not before `floor`. */
function wordBefore(text: string, at: number, floor: number, allowComma: boolean): Word | null {
  let i = at - 1;
  while (i >= floor && (text[i] === " " || text[i] === "\u00a0")) i--;
  if (allowComma && i >= floor && text[i] === ",") {
    i--;
    while (i >= floor && text[i] === " ") i--;
  }
  if (i >= floor && text[i] === ".") i--;
  const end = i + 1;
  while (i >= floor && LETTER_RE.test(text[i]!)) i--;
  return end > i + 1 ? { start: i + 1, end } : null;
}

function lowerWord(text: string, word: Word | null): string {
  return word ? text.slice(word.start, word.end).toLowerCase() : "";
}

/** ENTITY_PERSON_NOUN_BEFORE: "Kremlin spokesman Dmitry Peskov", "the pilot, Anna Berg", "former president Jane Doe". */
export function personCueBefore(text: string, start: number, floor: number): boolean {
  return PERSON_CUE_WORDS.has(lowerWord(text, wordBefore(text, start, floor, true)));
}

/** ENTITY_PLACE_CUE_BEFORE: "the Chechen capital Grozny", "the village of Ashford", "Tajikistan's capital, Dushanbe". */
export function placeCueBefore(text: string, start: number, floor: number): boolean {
  let word = wordBefore(text, start, floor, true);
  let lower = lowerWord(text, word);
  if (lower === "the" && word) {
    word = wordBefore(text, word.start, floor, false);
    lower = lowerWord(text, word);
  }
  if (lower === "of" && word) lower = lowerWord(text, wordBefore(text, word.start, floor, false));
  return PLACE_CUE_NOUNS.has(lower);
}

/** ENTITY_PLACE_PREPOSITION: a place preposition, optionally with "the", right before the name. */
export function placePrepositionBefore(text: string, start: number, floor: number): boolean {
  const word = wordBefore(text, start, floor, false);
  let lower = lowerWord(text, word);
  if (lower === "the" && word) lower = lowerWord(text, wordBefore(text, word.start, floor, false));
  return PLACE_PREPOSITIONS.has(lower);
}

function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join("|");
}

/** Verbs whose subject is a person far more often than not; "Moscow said" is caught earlier by the capitals lexicon. */
const PERSON_VERBS = alternation([
  "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "wrote", "writes", "tweeted",
  "posted", "insisted", "argued", "claimed", "warned", "declared", "announced", "asked", "replied", "responded",
  "recalled", "remarked", "acknowledged", "admitted", "conceded", "stressed", "emphasized", "emphasised", "urged",
  "pledged", "promised", "vowed", "thanked", "apologised", "apologized", "met", "expressed", "agreed", "accused",
  "criticised", "criticized", "praised", "described", "believes", "believed", "thinks", "thought", "hopes",
  "hoped", "wants", "wanted", "denied", "confirmed", "visited", "resigned", "testified", "complained",
  "demanded", "spoke", "speaks", "smiled", "laughed", "congratulated", "condemned", "welcomed", "reiterated",
]);

/** Adverbs, auxiliaries and a weekday that may sit between a name and its verb ("Putin on Thursday admitted"). */
const VERB_GAP = "(?:(?:has|had|have|was|is|also|then|later|earlier|previously|again|once|personally|publicly|reportedly|himself|herself|repeatedly|separately|quickly|immediately|on\\s+\\p{Lu}\\p{Ll}+day)\\s+){0,3}";

/**
 * ENTITY_PERSON_VERB_AFTER: "Aliyev thanked", "Vladimir Putin on Thursday admitted", and the end of an
 * appositive ("… chief, Kaja Kalda, said"). Sticky: run from the name's end.
 */
const PERSON_VERB_AFTER_RE = new RegExp(`,?\\s+${VERB_GAP}(?:${PERSON_VERBS})\\b`, "uy");

/** ENTITY_PERSON_APPOSITIVE: "Jane Doe, who…", "Jane Doe, 45,", "Jane Doe (45)". Sticky: run from the name's end. */
const PERSON_APPOSITIVE_AFTER_RE = /,\s+(?:who|whose)\b|,\s+(?:aged\s+)?\d{1,3},|\s+\(\d{1,3}\)/uy;

export function personVerbAfter(text: string, end: number): boolean {
  PERSON_VERB_AFTER_RE.lastIndex = end;
  return PERSON_VERB_AFTER_RE.test(text);
}

export function personAppositiveAfter(text: string, end: number): boolean {
  PERSON_APPOSITIVE_AFTER_RE.lastIndex = end;
  return PERSON_APPOSITIVE_AFTER_RE.test(text);
}

/** ENTITY_PLACE_COUNTRY_AFTER: "Dushanbe, Tajikistan": the length of ", " after the name, or 0. */
export function commaAfter(text: string, end: number): number {
  if (text[end] !== ",") return 0;
  let i = end + 1;
  while (text[i] === " ") i++;
  return i > end + 1 ? i - end : 0;
}

/** ENTITY_QUALIFIER_OF: "Mayor Jane Smith of Springfield": " of " or " of the " between two names. */
export const OF_BETWEEN_RE = /^\s+of\s+(?:the\s+)?$/;
