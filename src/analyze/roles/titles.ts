import {
  HONORIFICS, NON_UNIQUE_MODIFIERS, PORTFOLIO_TITLES, PORTFOLIO_WORDS, RANKS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, UNIQUE_TITLES,
} from "../../lexicons/titles.js";
import { PLACE_DESCRIPTORS } from "../../lexicons/place-words.js";
import { foldSpelling } from "../entities/fold.js";

/**
 * Title phrases directly before a name ("Azerbaijani *President* Ilham Aliyev", "the country's
 * *health minister*, Maria Lopez"), their canonical form, and whether one person holds the office at
 * a time (only then can two reports' names for it contradict).
 */

function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

const HEAD_WORDS = alternation(TITLE_HEADS.keys());
const TITLE_WORDS = alternation([...TITLE_HEADS.keys(), ...TITLE_MODIFIERS, ...PORTFOLIO_WORDS]);
const PORTFOLIO = alternation(PORTFOLIO_WORDS);

/**
 * ROLE_TITLE_BEFORE_NAME: up to four title words ending in a head, an optional "of" + portfolio
 * ("Minister of Foreign Affairs"), then an optional comma and the space before the name. Case-insensitive:
 * AP style lower-cases titles set off by commas. Tested on the sentence text before a person mention.
 */
const TITLE_PHRASE = `(?:(?:${TITLE_WORDS})\\.?[\\s-]+){0,4}(?:${HEAD_WORDS})\\.?(?:\\s+of\\s+(?:the\\s+)?(?:${PORTFOLIO})(?:\\s+(?:and\\s+)?(?:${PORTFOLIO})){0,3})?`;

export const TITLE_BEFORE_NAME_RE = new RegExp(`(?:^|[^\\p{L}'’])(${TITLE_PHRASE})\\s*,?\\s+$`, "iu");

/** The start of an appositive after a name: "Jane Doe, the …", "Jane Doe, Jordan's …". Sticky. */
export const APPOSITIVE_OPEN_RE = /,\s+(?:the\s+)?/iy;

/** Between an appositive's qualifier and its title: "Jordan's foreign minister", "the Russian foreign minister". Sticky. */
export const QUALIFIER_TO_TITLE_RE = /(?:['’]s)?\s+/y;

/**
 * ROLE_AND_BEFORE_TITLE: "and" (or ", and") right before a title already read: "Chairman *and* CEO".
 * The text before it is read for one more title of the compound with TITLE_BEFORE_NAME_RE.
 */
export const AND_BEFORE_TITLE_RE = /,?\sand\s+$/;

/** ROLE_TITLE_AT: a title phrase right where the reading stands ("Chairman" in "Jane Doe, Chairman and CEO of…"). Sticky. */
export const TITLE_AT_RE = new RegExp(`(${TITLE_PHRASE})`, "iuy");

/** ROLE_COMPOUND_TITLE_NEXT: the next title of a compound: "and CEO", ", chief executive". Sticky. */
export const COMPOUND_TITLE_NEXT_RE = new RegExp(`(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(${TITLE_PHRASE})`, "iuy");

/** ROLE_OF_AFTER_TITLE: "of" (and "the") between an appositive's title and its qualifier. Sticky. */
export const OF_AFTER_TITLE_RE = /\s+of\s+(?:the\s+)?/iy;

/** ROLE_APPOSITIVE_END: where an appositive's title ends ("Jane Doe, Jordan's foreign minister, said"; not "the president's wife"). Sticky. */
export const APPOSITIVE_END_RE = /(?=\s*[,.;:)]|\s+(?:and|who|said|told)\b|\s*$)/iy;

const HEAD_FORMS: ReadonlySet<string> = new Set(TITLE_HEADS.values());

/**
 * ROLE_TITLED_NAME_AT: a capitalised title at `from` (spaces skipped), then a capitalised name:
 * a title phrase ("Gov. Jane Doe", "Lieutenant Governor Jane Doe", "Sheriff John Roe"), an
 * abbreviated title with its period ("Atty. Jane Doe", "Atty. Gen. Jane Doe"), or both. A place just
 * before it says whose officer the person is ("Westmark Gov. Jane Doe"), not where anything
 * happened. A name that is a kind of place ("Executive Airport") is no person.
 */
export function titledNameAt(text: string, from: number): boolean {
  let at = skipSpaces(text, from);
  if (!UPPER_RE.test(text[at] ?? "")) return false;
  let titled = false;
  ABBREVIATION_AT_RE.lastIndex = at;
  const abbreviation = ABBREVIATION_AT_RE.exec(text);
  if (abbreviation && NAME_TITLE_ABBREVIATIONS.has(abbreviation[1]!.toLowerCase())) {
    titled = true;
    at = ABBREVIATION_AT_RE.lastIndex;
  }
  TITLE_AT_RE.lastIndex = skipSpaces(text, at);
  if (TITLE_AT_RE.exec(text)) {
    titled = true;
    at = TITLE_AT_RE.lastIndex;
  }
  if (!titled) return false;
  NAME_AFTER_TITLE_RE.lastIndex = at;
  const name = NAME_AFTER_TITLE_RE.exec(text);
  return name !== null && !PLACE_DESCRIPTORS.has(name[1]!.toLowerCase());
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text[at] === " ") at++;
  return at;
}

const UPPER_RE = /\p{Lu}/u;
/** A word and its period at the reading point ("Atty."). Sticky. */
const ABBREVIATION_AT_RE = /(\p{L}+)\./uy;
/**
 * Abbreviated titles that stand before a name and are not title heads (those the title phrase
 * reads): not "St." (a saint or a street), "Dr." (also a drive), "Jr."/"Sr." (after a name).
 */
const NAME_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...TITLE_ABBREVIATIONS].filter((word) => !TITLE_HEADS.has(word) && !["st", "dr", "jr", "sr"].includes(word)),
);
/** The first word of a name after a title: spaces, then a capitalised word. Sticky. */
const NAME_AFTER_TITLE_RE = /\s+(\p{Lu}[\p{L}'’-]*)/uy;

/** A canonical title with the words that make it a past holder's taken off: "former president" → past "president". */
export function pastHolder(title: string): { title: string; past: boolean } {
  const bare = title.replace(/^(?:(?:former|late|ex)\s+|ex-)+/, "");
  return { title: bare, past: bare !== title };
}

/**
 * A rank between an office and the name is the person's ("military spokesperson lieutenant general"
 * → "military spokesperson"). A lone trailing "general" stays: "secretary general" is one office.
 */
export function withoutRank(title: string): string {
  const words = title.split(" ");
  let end = words.length;
  while (end > 1 && RANKS.has(words[end - 1]!)) end--;
  const trailing = words.length - end;
  if (trailing === 0 || (trailing === 1 && words.at(-1) === "general")) return title;
  const rest = words.slice(0, end);
  return HEAD_FORMS.has(rest.at(-1)!) ? rest.join(" ") : title;
}

/** "Minister of Foreign Affairs" and "Foreign Minister" are one office; so are "Home Affairs" and "Home". */
const MINISTER_OF_RE = /^(minister|secretary|commissioner) of (?:the )?(.+)$/;
const AFFAIRS_RE = /^(foreign|home|internal) affairs$/;

/** The canonical title: lower case, abbreviations expanded, synonyms merged ("spokesman" → "spokesperson"). */
export function normalizeTitle(phrase: string): string {
  const words = phrase.toLowerCase().replace(/\./g, "").split(/\s+/).filter(Boolean);
  const mapped = words.map((word) => foldSpelling(TITLE_HEADS.get(word) ?? word));
  let title = mapped.join(" ");
  const ministerOf = MINISTER_OF_RE.exec(title);
  if (ministerOf && ministerOf[2] !== "state") {
    const portfolio = ministerOf[2]!.replace(AFFAIRS_RE, "$1");
    title = `${portfolio} ${ministerOf[1]}`;
  }
  return title
    .replace(/\b(foreign|home|internal) affairs (minister|secretary)\b/, "$1 $2")
    .replace(/\bchief executive officer$/, "chief executive");
}

/**
 * Whether a canonical title names an office one person holds at a time:
 * never with "deputy", "former" and the like, never for an honorific ("Mr");
 * yes for UNIQUE_TITLES ("president", "prime minister", "chief executive");
 * yes for a shared head with a portfolio ("foreign minister", "secretary of state").
 */
export function isSingleHolderTitle(title: string): boolean {
  const words = title.split(" ");
  if (words.some((word) => NON_UNIQUE_MODIFIERS.has(word))) return false;
  if (words.length === 1 && HONORIFICS.has(words[0]!)) return false;
  if (UNIQUE_TITLES.has(title)) return true;
  const ofAt = words.indexOf("of");
  const head = ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!;
  const lastTwo = words.slice(-2).join(" ");
  if (UNIQUE_TITLES.has(lastTwo) || UNIQUE_TITLES.has(head)) return true;
  return PORTFOLIO_TITLES.has(head) && words.some((word) => word !== head && PORTFOLIO_WORDS.has(word));
}
