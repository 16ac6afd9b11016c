import { PLACE_CUE_NOUNS } from "../../lexicons/countries.js";
import { namesGoverningPower } from "../../lexicons/governed.js";
import { PLACE_NOUNS_BEFORE_OF } from "../../lexicons/place-words.js";
import { HONORIFICS, PERSON_NOUNS, TITLE_HEADS } from "../../lexicons/titles.js";

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
  "supt", "atty", "det", "gen",
]);

/** Words right before a name that make it a person: lower-case titles, person nouns, honorifics. */
const PERSON_CUE_WORDS: ReadonlySet<string> = new Set([
  ...[...TITLE_HEADS.keys()].filter((word) => !LOWERCASE_TITLE_EXCLUDED.has(word)),
  ...[...PERSON_NOUNS].map((noun) => noun.split(" ").pop()!),
  ...HONORIFICS,
]);

/**
 * Prepositions of place. "in/near/across X" is good evidence (people are rarely "in" someone);
 * "to/from/at X" is weak: a person can be "told to", "a letter from", so any other evidence wins.
 */
const PLACE_PREPOSITIONS_MEDIUM: ReadonlySet<string> = new Set(["in", "near", "across", "outside", "inside", "throughout", "within"]);
const PLACE_PREPOSITIONS_WEAK: ReadonlySet<string> = new Set(["to", "from", "at", "into", "toward", "towards", "via", "over", "off", "around"]);

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
  while (i >= floor && isLetterOrHyphen(text, i)) i--;
  return end > i + 1 ? { start: i + 1, end } : null;
}

/** `LETTER_RE` on one code unit, with ASCII (most of a name's letters) read without the pattern: this runs on every capitalised name. */
function isLetterOrHyphen(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;
  return LETTER_RE.test(text[at]!);
}

function lowerWord(text: string, word: Word | null): string {
  return word ? text.slice(word.start, word.end).toLowerCase() : "";
}

/** ENTITY_PERSON_NOUN_BEFORE: "Kremlin spokesman Dmitry Peskov", "the pilot, Anna Berg", "former president Jane Doe". */
export function personCueBefore(text: string, start: number, floor: number): boolean {
  return PERSON_CUE_WORDS.has(lowerWord(text, wordBefore(text, start, floor, true)));
}

/**
 * ENTITY_PLACE_CUE_BEFORE: "the Bavarian capital Munich", "the village of Ashford", "the community of X", "Tajikistan's
 * capital, Nairobi", an office's territory: "the governor of South Khorasan", "mayor of Lyon", and
 * who governs it: "Veldish-administered Norland".
 */
export function placeCueBefore(text: string, start: number, floor: number): boolean {
  let word = wordBefore(text, start, floor, true);
  let lower = lowerWord(text, word);
  if (namesGoverningPower(lower)) return true;
  if (lower === "the" && word) {
    word = wordBefore(text, word.start, floor, false);
    lower = lowerWord(text, word);
  }
  if (lower !== "of" || !word) return PLACE_CUE_NOUNS.has(lower);
  const noun = lowerWord(text, wordBefore(text, word.start, floor, false));
  return PLACE_CUE_NOUNS.has(noun) || TERRITORIAL_TITLES.has(noun) || PLACE_NOUNS_BEFORE_OF.has(noun);
}

/** Offices held over a territory: "the governor of X" makes X a place. */
const TERRITORIAL_TITLES: ReadonlySet<string> = new Set(["governor", "mayor", "president", "king", "queen", "premier", "emir", "sultan", "prefect"]);

/** Lower-case place nouns right after a name: "South Khorasan province", "the Meghna river", "Lyon region". */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  ...[...PLACE_CUE_NOUNS].filter((noun) => noun !== "capital" && noun !== "state" && noun !== "port"),
  "river", "lake", "sea", "valley", "mountains", "coast", "peninsula", "island", "islands", "desert",
]);
const WORD_AFTER_RE = /\s+([\p{Ll}-]+)/uy;

/** ENTITY_PLACE_NOUN_AFTER: "in South Khorasan province", "along the Meghna river". */
export function placeNounAfter(text: string, end: number): boolean {
  WORD_AFTER_RE.lastIndex = end;
  const match = WORD_AFTER_RE.exec(text);
  return match !== null && PLACE_NOUNS_AFTER.has(match[1]!);
}

/** ENTITY_PLACE_PREPOSITION: a place preposition, optionally with "the", right before the name. */
export function placePrepositionBefore(text: string, start: number, floor: number): "medium" | "weak" | null {
  const word = wordBefore(text, start, floor, false);
  let lower = lowerWord(text, word);
  if (lower === "the" && word) lower = lowerWord(text, wordBefore(text, word.start, floor, false));
  return PLACE_PREPOSITIONS_MEDIUM.has(lower) ? "medium" : PLACE_PREPOSITIONS_WEAK.has(lower) ? "weak" : null;
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
 * ENTITY_PERSON_VERB_AFTER: "Aliyev thanked", "Vladimir Putin on Thursday admitted". Sticky: run from
 * the name's end. Not after a comma: in "Jane Doe, the governor of X, told" the verb is not X's.
 */
const PERSON_VERB_AFTER_RE = new RegExp(`\\s+${VERB_GAP}(?:${PERSON_VERBS})\\b`, "uy");

/** ENTITY_PERSON_AGE: "Jane Doe, 45,", "Jane Doe, aged 45,", "Jane Doe (45)". Sticky: run from the name's end. */
const PERSON_AGE_AFTER_RE = /,\s+(?:aged\s+)?\d{1,3},|\s+\(\d{1,3}\)/uy;

/** Every word that names a person's office or role, in any case position: for appositives ("X, the head of …"). */
const APPOSITIVE_PERSON_WORDS = alternation([...TITLE_HEADS.keys(), ...PERSON_NOUNS, ...HONORIFICS].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

/**
 * One word of the "of …" phrase after an office ("of the Red Cross in Norway"). The `i` flag lets
 * \p{Lu} match any letter, so a word is any run of letters, taken whole (the lookahead): a word
 * that could also be split between two repetitions made the pattern exponential in the run.
 */
const OF_PHRASE_WORD = "(?:\\p{Lu}[\\p{L}.'’-]*(?![\\p{L}.'’-])\\s*)";
/** Bounds the work from each name's end: no office's "of …" phrase runs longer. */
const OF_PHRASE_MAX_WORDS = 8;

/**
 * ENTITY_PERSON_APPOSITIVE_TITLE: a closed appositive that gives the name an office or role:
 * "Mohammad Hosseini, the governor of South Khorasan,", "Omar Haddad, Jordan's foreign minister,",
 * "Paul Kerr, the head of the Red Cross in Norway.". It must open with a determiner or a capitalised
 * word and close with punctuation right after the role (or its "of …" phrase of names), so "In Baku,
 * the governor said …" does not make Baku a person. Sticky: run from the name's end.
 */
const PERSON_APPOSITIVE_TITLE_RE = new RegExp(
  `,\\s+(?:(?:the|a|an|his|her|their|its)\\s+|\\p{Lu}[\\p{L}.-]*(?:['’]s)?\\s+)(?:[\\p{L}'’-]+\\s+){0,2}?(?:${APPOSITIVE_PERSON_WORDS})(?:\\s+(?:of|for|at|in)\\s+${OF_PHRASE_WORD}{1,${OF_PHRASE_MAX_WORDS}})?\\s*[,;.]`,
  "iuy",
);

/**
 * ENTITY_PERSON_BARE_TITLE_OF: an appositive that opens with the office itself, lower case, and
 * names what it heads: "Jane Doe, head of the Ministry of Health", "Jane Doe, chairman of Acme".
 * Sticky: run from the name's end.
 */
const PERSON_BARE_TITLE_OF_RE = new RegExp(`,\\s+(?:${APPOSITIVE_PERSON_WORDS})\\s+of\\s+(?:the\\s+)?\\p{Lu}`, "uy");

export function personAppositiveTitleAfter(text: string, end: number): boolean {
  PERSON_APPOSITIVE_TITLE_RE.lastIndex = end;
  PERSON_BARE_TITLE_OF_RE.lastIndex = end;
  return PERSON_APPOSITIVE_TITLE_RE.test(text) || PERSON_BARE_TITLE_OF_RE.test(text);
}

/** ENTITY_PERSON_WHO: "Jane Doe, who …". Sticky: run from the name's end. */
const PERSON_WHO_AFTER_RE = /,\s+(?:who|whose)\b/uy;

/**
 * ENTITY_PLACE_DATELINE: a wire dateline after a capitalised place at the start of a line:
 * "MURCIA (PW) —", "DHAKA, Bangladesh (RNA) —", "LONDON —". Sticky: run from the name's end.
 */
const DATELINE_AFTER_RE = /(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]\s/uy;

export function personVerbAfter(text: string, end: number): boolean {
  PERSON_VERB_AFTER_RE.lastIndex = end;
  return PERSON_VERB_AFTER_RE.test(text);
}

export function personAgeAfter(text: string, end: number): boolean {
  PERSON_AGE_AFTER_RE.lastIndex = end;
  return PERSON_AGE_AFTER_RE.test(text);
}

export function personWhoAfter(text: string, end: number): boolean {
  PERSON_WHO_AFTER_RE.lastIndex = end;
  return PERSON_WHO_AFTER_RE.test(text);
}

export function datelineAfter(text: string, end: number): boolean {
  DATELINE_AFTER_RE.lastIndex = end;
  return DATELINE_AFTER_RE.test(text);
}

/** ENTITY_PLACE_COUNTRY_AFTER: "Nairobi, Kenya": the length of ", " after the name, or 0. */
export function commaAfter(text: string, end: number): number {
  if (text[end] !== ",") return 0;
  let i = end + 1;
  while (text[i] === " ") i++;
  return i > end + 1 ? i - end : 0;
}

/** ENTITY_QUALIFIER_OF: "Mayor Jane Smith of Springfield": " of " or " of the " between two names. */
export const OF_BETWEEN_RE = /^\s+of\s+(?:the\s+)?$/;
