import type { EntityType } from "../../types.js";
import { PLACE_LEXICON, PLACE_MAX_WORDS, type PlaceEntry } from "../../lexicons/countries.js";
import { KNOWN_ORGANIZATIONS, type OrganizationEntry } from "../../lexicons/organizations.js";
import { isLeadingCommonWord, TokenClass, type Chain, type Token } from "./tokens.js";

/**
 * Cut a chain of capitalised tokens into entity candidates:
 * 1. drop leading common words ("The", "However", a sentence-initial "Meeting");
 * 2. group tokens into units: multi-word places and organisations ("United States", "Bosnia and
 *    Herzegovina", "White House") become one unit;
 * 3. split into runs at connectors that do not join ("Putin *of* Russia" splits,
 *    "Bank *of* England" does not) and at weekdays and months;
 * 4. in each run, a title phrase before a name makes a titled person ("Russian *President* Vladimir
 *    Putin") and is itself dropped; what stands before the title is its qualifier;
 * 5. the rest is typed by form: place forms, organisation and place head words, acronyms;
 *    anything else is a name whose type entities.ts decides from context.
 */

export interface Candidate {
  start: number;
  end: number;
  surface: string;
  sentence: number;
  /** Type decided by form (lexicon, head word, acronym), or null for a name. */
  type: EntityType | null;
  /** Key from a lexicon, when the candidate is one known form. */
  key: string | null;
  /** A capital city from the lexicon: a strong place cue that a title before a name still beats. */
  capital: boolean;
  /** A title or honorific stands directly before it in the chain. */
  titled: boolean;
  /** Stands before a title as its qualifier ("Springfield Mayor Jane Smith" → Springfield). */
  qualifiesTitle: boolean;
  /** An unknown word in capitals ("ICAO", but also a dateline "MURCIA"): an organisation unless context says otherwise. */
  acronym: boolean;
  possessive: boolean;
  tokens: number;
  /** Opens its sentence or line. */
  initial: boolean;
}

export interface Unit {
  from: number;
  to: number;
  place: PlaceEntry | undefined;
  organization: OrganizationEntry | undefined;
}

/** Connectors that join a name's parts: "Charles de Gaulle", "Mohammed bin Salman". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "della", "der", "den", "des", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "van der",
  "van den", "von", "von der", "bin", "ibn", "ben", "bint", "y",
]);
/** Connectors that continue a name after a head word: "Bank of England", "Institute for Peace". */
const HEAD_CONNECTORS: ReadonlySet<string> = new Set(["of", "of the", "for", "for the", "on"]);
/** Connectors that join two parts of one organisation name: "Ministry of Science and Education". */
const AND_CONNECTORS: ReadonlySet<string> = new Set(["and", "and the", "&"]);

const HEAD_CLASSES = TokenClass.OrgHead | TokenClass.PlaceHead | TokenClass.PlaceLead | TokenClass.TitleHead;

/** Cut one chain (see the file comment). Candidates are appended to `out`. */
export function segmentChain(text: string, chain: Chain, out: Candidate[]): void {
  const tokens = chain.tokens;
  const endsInHead = (tokens[tokens.length - 1]!.cls & (TokenClass.OrgHead | TokenClass.PlaceHead)) !== 0;
  let first = 0;
  while (first < tokens.length && isLeadingCommonWord(tokens[first]!, chain.initial && first === 0, endsInHead)) first++;
  const units = buildUnits(tokens, first);
  let run: Unit[] = [];
  let initial = chain.initial && first === 0;
  for (const unit of units) {
    const head = tokens[unit.from]!;
    if (head.cls & TokenClass.NonEntity) {
      processRun(text, tokens, run, chain.sentence, initial, out);
      run = [];
      initial = false;
      continue;
    }
    if (run.length > 0 && !joins(tokens, run, unit)) {
      processRun(text, tokens, run, chain.sentence, initial, out);
      run = [];
      initial = false;
    }
    run.push(unit);
  }
  processRun(text, tokens, run, chain.sentence, initial, out);
}

/** Step 2: longest multi-word lexicon match at each position, else one token per unit. */
export function buildUnits(tokens: Token[], first: number): Unit[] {
  const units: Unit[] = [];
  for (let i = first; i < tokens.length; ) {
    const unit = phraseUnit(tokens, i);
    units.push(unit);
    i = unit.to + 1;
  }
  return units;
}

function phraseUnit(tokens: Token[], from: number): Unit {
  const max = Math.min(PLACE_MAX_WORDS, tokens.length - from);
  for (let length = max; length >= 2; length--) {
    let phrase = tokens[from]!.lower;
    let possessiveInside = tokens[from]!.possessive;
    for (let k = from + 1; k < from + length; k++) {
      const token = tokens[k]!;
      phrase += token.connector ? ` ${token.connector} ${token.lower}` : ` ${token.lower}`;
      possessiveInside ||= token.possessive && k < from + length - 1;
    }
    if (possessiveInside) continue;
    const place = PLACE_LEXICON.get(phrase);
    const organization = place ? undefined : KNOWN_ORGANIZATIONS.get(phrase);
    if (place || organization) return { from, to: from + length - 1, place, organization };
  }
  const token = tokens[from]!;
  return { from, to: from, place: token.place, organization: token.organization };
}

/** Step 3: does `unit` continue the run? Decided by the connector before it. */
function joins(tokens: Token[], run: Unit[], unit: Unit): boolean {
  const connector = tokens[unit.from]!.connector;
  if (connector === "") return true;
  const previous = run[run.length - 1]!;
  const last = tokens[previous.to]!;
  if (NAME_PARTICLES.has(connector)) return isWord(previous) && isWord(unit);
  if (HEAD_CONNECTORS.has(connector)) return (last.cls & HEAD_CLASSES) !== 0;
  if (AND_CONNECTORS.has(connector)) return run.some((u, i) => i > 0 && HEAD_CONNECTORS.has(tokens[u.from]!.connector));
  return false;
}

export function isWord(unit: Unit): boolean {
  return !unit.place && !unit.organization;
}

/** Step 4: find title phrases with a name after them; type the rest by form. */
function processRun(text: string, tokens: Token[], run: Unit[], sentence: number, initial: boolean, out: Candidate[]): void {
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    const token = tokens[run[i]!.from]!;
    if (!isWord(run[i]!) || !(token.cls & TokenClass.TitleWord)) continue;
    // "Springfield Police Chief John Doe": "Police" stays with the organisation, "Chief" is the title.
    if (i > from && token.cls & TokenClass.OrgHead) continue;
    const title = parseTitle(tokens, run, i);
    if (!title) continue;
    // After an unknown word a title needs a full name, so "Stephen King" stays a name.
    if (!qualifiesAsTitleContext(tokens, run, from, i) && title.nameTo - title.nameFrom < 2) continue;
    classify(text, tokens, run.slice(from, i), sentence, initial && from === 0, true, out);
    out.push(candidate(text, tokens, run.slice(title.nameFrom, title.nameTo), sentence, null, null, false, initial && i === 0));
    out[out.length - 1]!.titled = true;
    from = title.nameTo;
    i = title.nameTo - 1;
  }
  classify(text, tokens, run.slice(from), sentence, initial && from === 0, false, out);
}

/** A title may open the run, or follow a place, an organisation or an acronym ("Russian President", "NATO Secretary-General"). */
function qualifiesAsTitleContext(tokens: Token[], run: Unit[], from: number, at: number): boolean {
  if (at === from) return true;
  const before = run.slice(from, at);
  if (before.every((unit) => unit.place)) return true;
  const last = before[before.length - 1]!;
  const lastToken = tokens[last.to]!;
  return Boolean(last.organization) || (lastToken.cls & (TokenClass.OrgHead | TokenClass.Acronym)) !== 0;
}

/**
 * A title phrase: title words (modifiers, portfolios, heads, honorifics) ending in a head or an
 * honorific, optionally "of" + portfolio ("Secretary of State"), then a name: word units joined by
 * spaces or name particles, up to a possessive. A name ending in a head word ("General *Motors*",
 * "King Abdullah *University*") means the whole thing was a name, not a title.
 */
function parseTitle(tokens: Token[], run: Unit[], at: number): { nameFrom: number; nameTo: number } | null {
  let lastHead = -1;
  let i = at;
  for (; i < run.length; i++) {
    const unit = run[i]!;
    const token = tokens[unit.from]!;
    if (!isWord(unit) || !(token.cls & TokenClass.TitleWord)) break;
    if (i > at && token.connector !== "" && !(HEAD_CONNECTORS.has(token.connector) && i - 1 === lastHead)) break;
    if (token.cls & (TokenClass.TitleHead | TokenClass.Honorific)) lastHead = i;
    if (token.possessive) break;
  }
  if (lastHead < 0 || tokens[run[lastHead]!.from]!.possessive) return null;
  // "Minister of Foreign Affairs", "Secretary of State": "of" + the portfolio words the loop read belong to the title.
  let nameFrom = lastHead + 1;
  if (nameFrom < i && HEAD_CONNECTORS.has(tokens[run[nameFrom]!.from]!.connector)) nameFrom = i;
  let nameTo = nameFrom;
  while (nameTo < run.length) {
    const unit = run[nameTo]!;
    const token = tokens[unit.from]!;
    if (nameTo > nameFrom && token.connector !== "" && !NAME_PARTICLES.has(token.connector)) break;
    if (nameTo === nameFrom && token.connector !== "") break;
    if (!isWord(unit) && !(unit.place?.kind === "capital")) break;
    nameTo++;
    if (tokens[unit.to]!.possessive) break;
  }
  if (nameTo === nameFrom) return null;
  // "Gen Z", "Plan B": a lone letter is not a name.
  if (nameTo - nameFrom === 1 && tokens[run[nameFrom]!.to]!.end - tokens[run[nameFrom]!.from]!.start === 1) return null;
  const lastName = tokens[run[nameTo - 1]!.to]!;
  if (lastName.cls & (TokenClass.OrgHead | TokenClass.PlaceHead)) return null;
  return { nameFrom, nameTo };
}

/** Step 5: type a title-free run by form. */
function classify(text: string, tokens: Token[], units: Unit[], sentence: number, initial: boolean, beforeTitle: boolean, out: Candidate[]): void {
  if (units.length === 0) return;
  const headAt = lastHeadIndex(tokens, units);
  // "Mount Kenya", "Lake Tana": a leading place word with nothing heading the name later.
  if (units.length > 1 && headAt <= 0 && isWord(units[0]!) && tokens[units[0]!.from]!.cls & TokenClass.PlaceLead) {
    pushTyped(text, tokens, units, sentence, "place", initial, beforeTitle, out);
    return;
  }
  if (headAt >= 0) {
    const attachedTail = headAt + 1 < units.length && HEAD_CONNECTORS.has(tokens[units[headAt + 1]!.from]!.connector);
    const end = attachedTail ? units.length : headAt + 1;
    const headUnit = units[headAt]!;
    const headToken = tokens[headUnit.to]!;
    const type: EntityType = headUnit.organization || headToken.cls & TokenClass.OrgHead ? "organization" : "place";
    const generic = end === 1 && !headUnit.organization && !headUnit.place;
    if (!generic) pushTyped(text, tokens, units.slice(0, end), sentence, type, initial, beforeTitle, out);
    classify(text, tokens, units.slice(end), sentence, false, beforeTitle, out);
    return;
  }
  // Leading demonyms and, when the whole run is places, every place: "Russian", "Central Asian".
  const allPlaces = units.every((unit) => unit.place);
  let i = 0;
  while (i < units.length && units[i]!.place && (allPlaces || units[i]!.place!.kind === "demonym")) {
    // "Russians", "a Briton": nouns for people fold to the country but are not place mentions.
    if (!units[i]!.place!.people) pushTyped(text, tokens, [units[i]!], sentence, "place", initial && i === 0, beforeTitle, out);
    i++;
  }
  if (i === units.length) return;
  const rest = units.slice(i);
  if (rest.length === 1 && (rest[0]!.organization || (tokens[rest[0]!.from]!.cls & TokenClass.Acronym))) {
    pushTyped(text, tokens, rest, sentence, "organization", initial && i === 0, beforeTitle, out);
    out[out.length - 1]!.acronym = !rest[0]!.organization;
    return;
  }
  const name = candidate(text, tokens, rest, sentence, null, null, false, initial && i === 0);
  name.qualifiesTitle = beforeTitle;
  out.push(name);
}

/** Index of the last unit that is an organisation or carries a head word, or -1. */
function lastHeadIndex(tokens: Token[], units: Unit[]): number {
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.organization) return i;
    if (!unit.place && tokens[unit.to]!.cls & (TokenClass.OrgHead | TokenClass.PlaceHead)) return i;
  }
  return -1;
}

function pushTyped(text: string, tokens: Token[], units: Unit[], sentence: number, type: EntityType, initial: boolean, beforeTitle: boolean, out: Candidate[]): void {
  const only = units.length === 1 ? units[0]! : undefined;
  const key = only?.organization?.key ?? only?.place?.key ?? null;
  const capital = only?.place?.kind === "capital";
  const made = candidate(text, tokens, units, sentence, capital ? null : type, key, capital, initial);
  made.qualifiesTitle = beforeTitle;
  out.push(made);
}

function candidate(text: string, tokens: Token[], units: Unit[], sentence: number, type: EntityType | null, key: string | null, capital: boolean, initial: boolean): Candidate {
  const first = tokens[units[0]!.from]!;
  const last = tokens[units[units.length - 1]!.to]!;
  return {
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
    sentence,
    type,
    key,
    capital,
    titled: false,
    qualifiesTitle: false,
    acronym: false,
    possessive: last.possessive,
    tokens: units[units.length - 1]!.to - units[0]!.from + 1,
    initial,
  };
}
