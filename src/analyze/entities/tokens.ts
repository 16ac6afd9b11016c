import { lookupPlace, PLACE_HEAD_WORDS, PLACE_LEADING_WORDS, PLACE_LEXICON, plainForm, type PlaceEntry } from "../../lexicons/countries.js";
import { namesGoverningPower } from "../../lexicons/governed.js";
import { ACRONYM_STOPWORDS, KNOWN_ORGANIZATIONS, ORG_HEAD_WORDS, type OrganizationEntry } from "../../lexicons/organizations.js";
import { INITIAL_COMMON_WORDS, LEADING_STOPWORDS, NON_ENTITY_WORDS } from "../../lexicons/stopwords.js";
import { HONORIFICS, PERSON_NOUNS, PORTFOLIO_WORDS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicons/titles.js";

/**
 * Capitalised tokens of a line and the chains they form. A chain is a run of capitalised tokens
 * separated by single spaces or by a connector ("Bank *of* England", "Charles *de* Gaulle").
 * entity-chains.ts cuts chains into entity candidates.
 */

/**
 * A capitalised token: dotted acronyms ("U.S."), an Arabic article prefix ("al-Assad"), then a
 * capital and letters, with inner apostrophes and hyphens ("O'Brien", "Jean-Pierre", "Russia's").
 * Compiled once; scanned with lastIndex so no substring is made per line.
 */
const CAPITALISED_TOKEN_RE = /(?:\p{Lu}\.){2,}|(?:\b(?:al|el|ad|ash|as|an|ar|az)[-‐‑])?\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * What may stand between two capitalised tokens of one name: one space, or a lower-case
 * connector between spaces. "of"/"for"/"and" join organisation and place names, the particles
 * join personal names. Whether a connector really joins is decided in entity-chains.ts.
 */
const CONNECTOR_GAP_RE = /^[ \u00a0](of|of the|for|for the|on|and|and the|&|de|del|della|der|den|des|di|da|das|do|dos|du|la|le|van|van der|van den|von|von der|bin|ibn|ben|bint|y)[ \u00a0]$/;
/** Longest gap CONNECTOR_GAP_RE can match (" van der "): longer gaps are not checked. */
const CONNECTOR_GAP_MAX = 10;

/** A possessive ending: "Russia's", "Aliyev’s". Stripped from the entity, kept as a flag. */
const POSSESSIVE_RE = /['’]s$/;
/**
 * Possessives that belong inside a name ("St. Mary's Hospital", "People's Liberation Army",
 * "Children's Hospital"): a saint's name, or a common noun that names build on. Lower-cased.
 */
const NAME_POSSESSIVE_WORDS: ReadonlySet<string> = new Set(["people's", "children's", "women's", "men's", "workers'", "veterans'", "people’s", "children’s", "women’s", "men’s"]);
const SAINT_RE = /^(?:St\.?|Saint|Ste\.?)$/;

function keepsPossessive(raw: string, chain: Token[]): boolean {
  if (NAME_POSSESSIVE_WORDS.has(raw.toLowerCase())) return true;
  const previous = chain[chain.length - 1];
  return previous !== undefined && SAINT_RE.test(previous.text);
}

/** Acronyms: 2–6 capitals ("NATO", "ICAO"), optionally dotted ("U.N."). Roman numerals are not. */
const ACRONYM_RE = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u;
const ROMAN_NUMERAL_RE = /^[IVXLC]+$/;
const ASCII_WORD_RE = /^[A-Za-z]+$/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
/** Sentence-initial words in -ing/-ly/-ed are verbs and adverbs ("Meeting", "Reportedly"), not names. */
const INITIAL_VERB_FORM_RE = /^\p{Lu}\p{Ll}{2,}(?:ing|ly|ed)$/u;

/** Class bits of a token, computed once per spelling. */
export const TokenClass = {
  None: 0,
  OrgHead: 1 << 0,
  PlaceHead: 1 << 1,
  PlaceLead: 1 << 2,
  TitleHead: 1 << 3,
  TitleWord: 1 << 4,
  Honorific: 1 << 5,
  Acronym: 1 << 6,
  Stop: 1 << 7,
  NonEntity: 1 << 8,
  Common: 1 << 9,
} as const;

export interface Token {
  /** Span of the token without a possessive ending. */
  start: number;
  end: number;
  text: string;
  /** Plain lower-case form (see plainForm): the lexicon lookup key. */
  lower: string;
  possessive: boolean;
  /** Connector between the previous token of the chain and this one ("of"), or "" for a space. */
  connector: string;
  cls: number;
  place: PlaceEntry | undefined;
  organization: OrganizationEntry | undefined;
}

export interface Chain {
  tokens: Token[];
  sentence: number;
  /** The chain opens its sentence or line (after quotes/brackets): its first word may be a common word. */
  initial: boolean;
}

/** Places written as parts of one hyphenated token ("Russia-Azerbaijan talks", "Soviet-era"). */
export interface HyphenPart {
  start: number;
  end: number;
  text: string;
  place: PlaceEntry;
  sentence: number;
}

/** Collect the chains of one line [from, to) of `text`; returns how many capitalised tokens it has. */
export function scanLine(text: string, from: number, to: number, sentence: number, chains: Chain[], parts: HyphenPart[]): number {
  const re = CAPITALISED_TOKEN_RE;
  re.lastIndex = from;
  let current: Token[] = [];
  let previousEnd = -1;
  let count = 0;
  for (let match = re.exec(text); match !== null && match.index < to; match = re.exec(text)) {
    count++;
    let start = match.index;
    let end = start + match[0].length;
    // "Gen." and "J." keep their period; a sentence's last word does not.
    if (text.charCodeAt(end) === 46 /* . */ && end < to && (end - start === 1 || TITLE_ABBREVIATIONS.has(match[0].toLowerCase()))) end++;
    const raw = text.slice(start, end);
    const possessive = POSSESSIVE_RE.test(raw) && !keepsPossessive(raw, current);
    const coreEnd = possessive ? end - 2 : end;
    const core = possessive ? raw.slice(0, -2) : raw;
    // "Veldish-administered Norland": the power governs the place and is no place the sentence is
    // about; kept out of chains, the place stands alone and keys as it does in "in Norland".
    if (namesGoverningPower(core) || splitHyphenPlaces(core, start, sentence, parts)) {
      flush();
      continue;
    }
    const connector = previousEnd < 0 ? null : gapConnector(text, previousEnd, start);
    if (connector === null || current.length === 0) flush();
    current.push(makeToken(core, start, coreEnd, possessive, connector ?? ""));
    previousEnd = end;
    if (possessive) flush();
  }
  flush();
  return count;

  function flush(): void {
    if (current.length > 0) {
      const first = current[0]!;
      chains.push({ tokens: current, sentence, initial: opensLine(text, from, first.start) });
      current = [];
    }
    previousEnd = -1;
  }
}

/** What a token's spelling alone says about it: computed once per distinct spelling. */
interface TokenInfo {
  lower: string;
  cls: number;
  place: PlaceEntry | undefined;
  organization: OrganizationEntry | undefined;
}

/**
 * Bounded memo of TokenInfo by spelling: a story's capitalised words recur in every report, and
 * classifying one takes a dozen set lookups and regex tests. Cleared when full.
 */
const TOKEN_INFO_LIMIT = 50_000;
const tokenInfoCache = new Map<string, TokenInfo>();

function makeToken(text: string, start: number, end: number, possessive: boolean, connector: string): Token {
  let info = tokenInfoCache.get(text);
  if (!info) {
    info = classifyToken(text);
    if (tokenInfoCache.size >= TOKEN_INFO_LIMIT) tokenInfoCache.clear();
    tokenInfoCache.set(text, info);
  }
  return { start, end, text, lower: info.lower, possessive, connector, cls: info.cls, place: info.place, organization: info.organization };
}

function classifyToken(text: string): TokenInfo {
  const ascii = ASCII_WORD_RE.test(text);
  // Lexicon form for places and organisations (hyphens as spaces); word form for titles ("secretary-general").
  const lower = ascii ? text.toLowerCase() : plainForm(text);
  const word = ascii ? lower : text.toLowerCase().replace(/\./g, "");
  const caps = text.length > 1 && text === text.toUpperCase();
  let cls: number = TokenClass.None;
  if (ORG_HEAD_WORDS.has(word)) cls |= TokenClass.OrgHead;
  if (PLACE_HEAD_WORDS.has(word)) cls |= TokenClass.PlaceHead;
  if (PLACE_LEADING_WORDS.has(word)) cls |= TokenClass.PlaceLead;
  if (TITLE_HEADS.has(word)) cls |= TokenClass.TitleHead | TokenClass.TitleWord;
  if (TITLE_MODIFIERS.has(word) || PORTFOLIO_WORDS.has(word)) cls |= TokenClass.TitleWord;
  if (HONORIFICS.has(word)) cls |= TokenClass.Honorific | TokenClass.TitleWord;
  // Capitals that are no one's name ("IST", "WATCH") split chains; title abbreviations ("CEO", "PM") stay titles.
  if (caps && ACRONYM_STOPWORDS.has(text.replace(/\./g, ""))) cls |= cls & TokenClass.TitleHead ? 0 : TokenClass.NonEntity;
  else if (ACRONYM_RE.test(text) && !ROMAN_NUMERAL_RE.test(text)) cls |= TokenClass.Acronym;
  if (LEADING_STOPWORDS.has(lower)) cls |= TokenClass.Stop;
  // "Passenger Marta Ribeiro said": a person noun capitalised by position is dropped; it still marks the name (entity-evidence.ts).
  if (INITIAL_COMMON_WORDS.has(lower) || PERSON_NOUNS.has(lower) || INITIAL_VERB_FORM_RE.test(text)) cls |= TokenClass.Common;
  if (NON_ENTITY_WORDS.has(lower)) cls |= TokenClass.NonEntity;
  const place = PLACE_LEXICON.get(lower);
  const organization = KNOWN_ORGANIZATIONS.get(lower);
  return {
    lower,
    cls,
    place: place && (caps || !place.capitalsOnly) ? place : undefined,
    organization: organization && (caps || !organization.capitalsOnly) ? organization : undefined,
  };
}

/** The connector between two tokens, "" for a plain space, or null when the gap breaks the chain. */
function gapConnector(text: string, previousEnd: number, start: number): string | null {
  const length = start - previousEnd;
  if (length === 1) {
    const ch = text.charCodeAt(previousEnd);
    return ch === 32 || ch === 0xa0 ? "" : null;
  }
  if (length > CONNECTOR_GAP_MAX || length < 3) return null;
  const match = CONNECTOR_GAP_RE.exec(text.slice(previousEnd, start));
  return match ? match[1]! : null;
}

/** No letter or digit between the line start and `at`: the chain opens the line (quotes and bullets allowed). */
function opensLine(text: string, lineStart: number, at: number): boolean {
  for (let i = at - 1; i >= lineStart; i--) {
    if (LETTER_OR_DIGIT_RE.test(text[i]!)) return false;
  }
  return true;
}

/**
 * A hyphenated token whose parts include known places and whose other parts are lower case
 * ("Russia-Azerbaijan", "Soviet-era", "pro-Russian") is not a name: record each place part and
 * keep the token out of chains. A whole known form ("Guinea-Bissau", "Port-au-Prince") stays one token.
 */
function splitHyphenPlaces(core: string, start: number, sentence: number, parts: HyphenPart[]): boolean {
  if (!/[-‐‑]/.test(core) || lookupPlace(core)) return false;
  const pieces = core.split(/[-‐‑]/);
  const found: HyphenPart[] = [];
  let offset = start;
  for (const piece of pieces) {
    const place = piece ? lookupPlace(piece) : undefined;
    if (place && place.kind !== "capital" && !place.people) found.push({ start: offset, end: offset + piece.length, text: piece, place, sentence });
    else if (!/^\p{Ll}/u.test(piece)) return false;
    offset += piece.length + 1;
  }
  if (found.length === 0) return false;
  parts.push(...found);
  return true;
}

/**
 * Whether the first token of a chain is a common word capitalised by position, not a name:
 * function words anywhere ("The", "However"); common content words and -ing/-ly/-ed forms
 * ("Officials", "Meeting", "Reportedly") only when the chain opens a line and does not end in an
 * organisation or place head word ("International Civil Aviation *Organization*").
 */
export function isLeadingCommonWord(token: Token, initial: boolean, chainEndsInHead: boolean): boolean {
  if (token.place || token.organization) return false;
  if (token.cls & TokenClass.Stop) return true;
  return initial && !chainEndsInHead && (token.cls & TokenClass.Common) !== 0;
}
