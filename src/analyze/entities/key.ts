import type { EntityType } from "../../types.js";
import { PLACE_HEAD_WORDS, PLACE_LEXICON, PLACE_MAX_WORDS } from "../../lexicons/countries.js";
import { KNOWN_ORGANIZATIONS, ORG_HEAD_WORDS } from "../../lexicons/organizations.js";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, PORTFOLIO_WORDS } from "../../lexicons/titles.js";
import { foldNameToken, foldSpelling, stripAccents } from "./fold.js";

/**
 * Entity keys: one string per entity, the same for every spelling and form a report may use, so
 * that reports can be merged. See `entityKey` for the steps and `sameEntity` for the looser
 * comparison the align stage uses across reports.
 */

/** Name particles dropped from person keys: "Bashar al-Assad" and "Bashar Assad" are one person. */
const PERSON_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "ash", "as", "an", "ar", "az"]);

/** Generational suffixes dropped from person keys: "Martin King Jr." is "Martin King". */
const PERSON_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * Words of organisation and place names kept as written (only British/American spelling folded):
 * head words, connectors. Folding them like foreign names would make keys unreadable
 * ("ministri") without merging anything.
 */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "de", "du", "la", "le", "del", "van", "von", "bin", "ibn"]);

/** English words common in place and organisation names ("South Khorasan", "New Town"): kept, not name-folded. */
const COMMON_NAME_WORDS: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
  "new", "old", "great", "greater", "little", "grand", "saint", "st", "san", "santa", "united", "national",
  "international", "royal", "federal", "state", "city", "county", "free", "holy", "red", "white", "black", "green",
]);

/** Titles and honorifics at the front of a person surface ("President Putin" given by a caller). */
function isTitleWord(token: string): boolean {
  return HONORIFICS.has(token) || TITLE_HEADS.has(token) || TITLE_MODIFIERS.has(token);
}

function isKeptWord(token: string): boolean {
  return ORG_HEAD_WORDS.has(token) || PLACE_HEAD_WORDS.has(token) || CONNECTOR_WORDS.has(token) || PORTFOLIO_WORDS.has(token) || COMMON_NAME_WORDS.has(token);
}

/**
 * Bounded memo: the same names recur in every report of a story, and a key costs a dozen regex
 * replacements. Cleared when full rather than evicted one by one (cheap, and a story's names
 * come back within a few reports).
 */
const KEY_CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();

/**
 * The key that merges spelling and form variants of one entity:
 * 1. lower case, accents stripped, possessive "'s" and a leading "the" dropped, periods and
 *    apostrophes removed, hyphens as spaces ("the U.S.'s" → "us");
 * 2. not a person: a whole known organisation or place form → its canonical key
 *    ("U.S." → "united states", "Russian" → "russia", "UN" → "united nations");
 * 3. token by token: place forms → the country key ("Azerbaijani Airlines" → "azerbaijan airlines"),
 *    organisation/place head words kept (British spellings folded), other tokens (names)
 *    transliteration-folded ("Aliyev" → "aliev");
 * 4. persons: titles, honorifics, particles ("al-") and suffixes ("Jr.") dropped, every token folded
 *    and no place folding ("Jordan Peterson" stays a name).
 */
export function entityKey(surface: string, type?: EntityType): string {
  const cacheKey = `${type ?? ""}\u0000${surface}`;
  const cached = keyCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const key = computeKey(surface, type);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(cacheKey, key);
  return key;
}

function computeKey(surface: string, type: EntityType | undefined): string {
  const plain = keyForm(surface);
  if (!plain) return "";
  const tokens = plain.split(" ");
  if (type === "person") return personKey(tokens);
  const organization = KNOWN_ORGANIZATIONS.get(plain);
  if (organization) return organization.key;
  const place = PLACE_LEXICON.get(plain);
  if (place) return place.key;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = longestPlaceMatch(tokens, i);
    if (match) {
      out.push(match.key);
      i += match.length;
      continue;
    }
    const token = tokens[i]!;
    out.push(isKeptWord(token) ? foldSpelling(token) : foldNameToken(token));
    i++;
  }
  return out.join(" ");
}

function personKey(tokens: string[]): string {
  let start = 0;
  while (start < tokens.length - 1 && isTitleWord(tokens[start]!)) start++;
  const out: string[] = [];
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (PERSON_PARTICLES.has(token) && i < tokens.length - 1) continue;
    if (PERSON_SUFFIXES.has(token) && i > start) continue;
    out.push(foldNameToken(token));
  }
  return out.join(" ");
}

/** First words of multi-word place forms ("united", "saudi", "new"): only these start a longer match. */
const PLACE_PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PLACE_LEXICON.keys()].filter((form) => form.includes(" ")).map((form) => form.slice(0, form.indexOf(" "))),
);

function longestPlaceMatch(tokens: string[], from: number): { key: string; length: number } | null {
  const max = PLACE_PHRASE_FIRST_WORDS.has(tokens[from]!) ? Math.min(PLACE_MAX_WORDS, tokens.length - from) : 1;
  for (let length = max; length >= 1; length--) {
    const phrase = length === 1 ? tokens[from]! : tokens.slice(from, from + length).join(" ");
    const entry = PLACE_LEXICON.get(phrase);
    if (entry) return { key: entry.key, length };
  }
  return null;
}

/** Step 1 of `entityKey`: the plain, punctuation-free, lower-case form. */
function keyForm(surface: string): string {
  return stripAccents(surface.toLowerCase())
    .replace(/['’]s?\s*$/, "")
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** Tokens of length ≥ 5 within one edit of each other are one spelling ("Zelenskyj" / "Zelenskij"). */
export const FUZZY_MIN_LENGTH = 5;

/** Connectors skipped when an acronym is compared with the initials of a full name. */
const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "on", "de", "du", "la"]);

/**
 * Whether two keys (from `entityKey`, of one type) name the same entity across reports. Looser than
 * key equality, for the align stage:
 * - persons: a surname-only key matches a full name with that last token ("putin" / "vladimir
 *   putin"); two full names need the same last token and compatible first tokens (equal, or an
 *   initial: "j smith" / "john smith"), or the one must end the other ("rookie tom briar" / "tom
 *   briar"); different surnames never match;
 * - places and organisations: the same number of tokens, each equal or within one edit; or an
 *   acronym that spells the other's initials ("icao" / "international civil aviation organization");
 * - everywhere, tokens of length ≥ 5 within one edit count as equal.
 */
export function sameEntity(a: string, b: string, type: EntityType): boolean {
  if (a === b) return a !== "";
  if (!a || !b) return false;
  const left = a.split(" ");
  const right = b.split(" ");
  if (type === "person") return samePerson(left, right);
  if (left.length === right.length && left.every((token, i) => sameToken(token, right[i]!))) return true;
  return isAcronymOf(left, right) || isAcronymOf(right, left);
}

function samePerson(left: string[], right: string[]): boolean {
  if (!sameToken(left[left.length - 1]!, right[right.length - 1]!)) return false;
  if (left.length === 1 || right.length === 1) return true;
  if (endsWithName(left, right) || endsWithName(right, left)) return true;
  const first = left[0]!;
  const other = right[0]!;
  if (first.length === 1 || other.length === 1) return first[0] === other[0];
  return sameToken(first, other);
}

/**
 * A full name (two tokens or more) ending a longer one is that person with a descriptor the
 * finder kept in front ("rookie anna vidrek", "quarterback tom briar" / "tom briar").
 */
function endsWithName(longer: string[], name: string[]): boolean {
  if (name.length < 2 || longer.length <= name.length) return false;
  const offset = longer.length - name.length;
  return name.every((token, i) => sameToken(token, longer[offset + i]!));
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < FUZZY_MIN_LENGTH || b.length < FUZZY_MIN_LENGTH) return false;
  return withinOneEdit(a, b);
}

/** Levenshtein distance ≤ 1, in one pass. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (short.length === long.length) i++;
    j++;
  }
  return edits + (long.length - j) + (short.length - i) <= 1;
}

function isAcronymOf(acronym: string[], full: string[]): boolean {
  if (acronym.length !== 1 || full.length < 2) return false;
  const letters = acronym[0]!;
  if (letters.length < 2 || letters.length > 6) return false;
  let initials = "";
  for (const token of full) if (!ACRONYM_SKIPPED_WORDS.has(token)) initials += token[0];
  return initials === letters;
}
