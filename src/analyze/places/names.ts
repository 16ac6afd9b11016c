import { lookupPlace } from "../../lexicons/countries.js";
import { AFTER_PLACE_OK, NOT_PLACE_WORDS, PLACE_DESCRIPTORS, PLACE_MODIFIERS } from "../../lexicons/place-words.js";
import type { Token } from "../claim-tokens.js";
import type { Claim } from "../../types.js";
import { entityKey } from "../entities/key.js";
import { isDayName } from "../dates/day-names.js";
import { titledNameAt } from "../roles/titles.js";

/**
 * A place named in the text, reduced to its most specific name, with the places the text puts
 * it in: "Munich, the capital of Germany's Bavaria region" → Munich in [Bavaria, Germany].
 */
export interface PlaceParse {
  /** Surface of the most specific name ("Munich"). */
  name: string;
  /** Offsets of that name in the article text. */
  start: number;
  end: number;
  /** Token range of the whole phrase read (descriptors and appositions included), end exclusive. */
  endToken: number;
  /** Containing places named with it, innermost first ("Bavaria", "Germany"). */
  outers: string[];
}

interface NameRun {
  name: string;
  start: number;
  end: number;
  /** Token index after the run. */
  next: number;
  possessive: boolean;
}

/** Longest name read as one place ("Bosnia and Herzegovina" aside): "Rio de Janeiro", "Isle of Man". */
const MAX_NAME_WORDS = 4;
/** Lower-case words allowed inside a name between capitalised words. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "de", "del", "da", "do", "dos", "al", "el", "upon", "am", "la", "le"]);
/** How many modifiers may stand before a name or descriptor ("the remote northern village of X"). */
const MAX_MODIFIERS = 3;
const POSSESSIVE = /(?:['’]s|s['’])$/u;
const ADVERB_OR_VERB = /(?:ed|ing|ly)$/;
/** Endings of adjectives of place not in the place lexicon ("Chechen" aside): "Caspian", "Balinese", "Cornish". */
const DEMONYM_ENDING = /(?:ian|ean|ese|ish|ic)$/;
/** Words after an apposition ("Nairobi, Kenya, where …") that end it; anything else means a list. */
const APPOSITION_END: ReadonlySet<string> = new Set([
  ",", ".", ";", ":", ")", "where", "when", "while", "which", "on", "in", "at", "after", "before", "last", "this",
  "earlier", "during", "for", "as", "to", "from", "—", "–", "-", "\"", "”", "’", "'",
]);

/**
 * Read a place phrase starting at token `i` (just after a preposition), or null if none starts
 * there. Forms, tried in order:
 * - "Kenya's capital of Nairobi", "Peru's capital, Lima", "Germany's Bavaria region";
 * - "the Bavarian capital Munich", "the town of X", "the Russian republic of Tatarstan";
 * - "Nairobi", "western Kenya";
 * then an apposition: ", Kenya" or ", the (regional) capital of <place>".
 */
export function parsePlaceAt(tokens: readonly Token[], i: number, depth = 0): PlaceParse | null {
  let k = skipModifiers(tokens, i);
  let parse: PlaceParse | null = null;
  const token = tokens[k];
  if (!token || token.kind !== "word") return null;
  if (!token.cap) {
    // "the town of X", "the outskirts of X", "the capital, X".
    const afterDescriptor = descriptorThenName(tokens, k);
    if (afterDescriptor) parse = afterDescriptor;
  } else {
    const run = readNameRun(tokens, k);
    if (!run) return null;
    parse = run.possessive ? possessiveForm(tokens, run) : descriptorForm(tokens, run) ?? bareName(tokens, run);
  }
  if (!parse) return null;
  return depth < 2 ? withApposition(tokens, parse, depth) : parse;
}

function skipModifiers(tokens: readonly Token[], i: number): number {
  let k = i;
  for (let n = 0; n < MAX_MODIFIERS && tokens[k] && !tokens[k]!.cap && PLACE_MODIFIERS.has(tokens[k]!.lower); n++) k++;
  return k;
}

/**
 * A descriptor at `k` ("town", "capital", "outskirts") then "of"/","/nothing, then a name. Up to
 * two other lower-case words may come first ("the railway town of X", "the small fishing village of X").
 */
function descriptorThenName(tokens: readonly Token[], k: number): PlaceParse | null {
  for (let extra = 0; extra < 2 && tokens[k] && !PLACE_DESCRIPTORS.has(tokens[k]!.lower); extra++) {
    const word = tokens[k]!;
    if (word.kind !== "word" || word.cap || /^(?:of|and|or|in|on|at|to|from|by|with|for)$/.test(word.lower)) return null;
    k++;
  }
  if (!tokens[k] || !PLACE_DESCRIPTORS.has(tokens[k]!.lower)) return null;
  let at = k + 1;
  if (tokens[at]?.lower === "of" || tokens[at]?.text === ",") at++;
  at = skipModifiers(tokens, at);
  const run = readNameRun(tokens, at);
  if (!run) return null;
  if (run.possessive) return possessiveForm(tokens, run);
  return descriptorForm(tokens, run) ?? bareName(tokens, run);
}

/** "Kenya's capital of Nairobi", "Germany's Bavaria region", or just "Kenya's capital". */
function possessiveForm(tokens: readonly Token[], owner: NameRun): PlaceParse | null {
  let at = skipModifiers(tokens, owner.next);
  const token = tokens[at];
  if (!token) return null;
  if (!token.cap && PLACE_DESCRIPTORS.has(token.lower)) {
    at++;
    if (tokens[at]?.lower === "of" || tokens[at]?.text === ",") at++;
    const inner = readNameRun(tokens, at);
    if (inner && !inner.possessive && !NOT_PLACE_WORDS.has(tokens[at]!.lower)) {
      return { name: inner.name, start: inner.start, end: inner.end, endToken: skipClosingComma(tokens, inner.next, at), outers: [owner.name] };
    }
    return { name: owner.name, start: owner.start, end: owner.end, endToken: at, outers: [] };
  }
  if (token.cap) {
    const inner = readNameRun(tokens, at);
    if (inner && !inner.possessive && PLACE_DESCRIPTORS.has(tokens[inner.next]?.lower ?? "")) {
      return { name: inner.name, start: inner.start, end: inner.end, endToken: inner.next + 1, outers: [owner.name] };
    }
  }
  return null; // "Putin's presence": a possessor, not a place.
}

/** "Peru's capital, Lima, to Cusco": the comma closing the apposition belongs to the phrase. */
function skipClosingComma(tokens: readonly Token[], next: number, innerStart: number): number {
  return tokens[innerStart - 1]?.text === "," && tokens[next]?.text === "," ? next + 1 : next;
}

/**
 * "the Bavarian capital Munich", "the Russian republic of Tatarstan", "Kherson region": a
 * capitalised run then a descriptor; the name after the descriptor wins, else the run itself.
 */
function descriptorForm(tokens: readonly Token[], run: NameRun): PlaceParse | null {
  let at = run.next;
  for (let n = 0; n < MAX_MODIFIERS && tokens[at] && !tokens[at]!.cap && PLACE_MODIFIERS.has(tokens[at]!.lower); n++) at++;
  const descriptor = tokens[at];
  if (!descriptor || descriptor.cap || !PLACE_DESCRIPTORS.has(descriptor.lower)) return null;
  at++;
  if (tokens[at]?.lower === "of") at++;
  const inner = readNameRun(tokens, at);
  if (inner && !inner.possessive) return { name: inner.name, start: inner.start, end: inner.end, endToken: inner.next, outers: [] };
  if (at === run.next + 1) return { name: run.name, start: run.start, end: run.end, endToken: at, outers: [] };
  return null;
}

/**
 * A bare name, unless it is an adjective before a lower-case noun ("in Russian airspace", "a
 * Ukrainian drone"): a demonym of the place lexicon or a demonym ending, followed by a word that
 * cannot follow a place name. Verbs after a name are fine ("bound for Astana came off the rails").
 */
function bareName(tokens: readonly Token[], run: NameRun): PlaceParse | null {
  const after = tokens[run.next];
  if (after && after.kind === "word" && !after.cap && !AFTER_PLACE_OK.has(after.lower) && !ADVERB_OR_VERB.test(after.lower)) {
    const known = lookupPlace(run.name);
    if (known ? known.kind === "demonym" : DEMONYM_ENDING.test(run.name)) return null;
  }
  return { name: run.name, start: run.start, end: run.end, endToken: run.next, outers: [] };
}

/**
 * Capitalised words (with "of", "de" … between them) from token `k`; stops at a possessive. None
 * when the words name a day ("the Fifth of November", "Independence Day") or an officer's place: a
 * title and a name after them ("Westmark Gov. Jane Doe", "Kerr Valley Sheriff John Roe") say whose
 * officer the person is, not where anything happened.
 */
function readNameRun(tokens: readonly Token[], k: number): NameRun | null {
  const first = tokens[k];
  if (!first || first.kind !== "word" || !first.cap || NOT_PLACE_WORDS.has(first.lower.replace(POSSESSIVE, ""))) return null;
  if (titledNameFrom(tokens, k)) return null;
  let last = k;
  let words = 1;
  let possessive = POSSESSIVE.test(first.text);
  while (!possessive && words < MAX_NAME_WORDS) {
    const next = tokens[last + 1];
    if (next?.kind === "word" && next.cap && titledNameFrom(tokens, last + 1)) return null;
    if (next?.kind === "word" && next.cap && !NOT_PLACE_WORDS.has(next.lower)) {
      last++;
    } else if (next && NAME_CONNECTORS.has(next.text) && tokens[last + 2]?.kind === "word" && tokens[last + 2]!.cap) {
      last += 2;
    } else break;
    words++;
    possessive = POSSESSIVE.test(tokens[last]!.text);
  }
  // "M6", "A320": a letter code glued to digits is a road or a model, not a place; so is a lone initial.
  const glued = tokens[last + 1];
  if (glued && glued.kind === "num" && glued.start === tokens[last]!.end) return null;
  if (last === k && first.text.length === 1) return null;
  const cut = possessive ? (POSSESSIVE.exec(tokens[last]!.text)![0].startsWith("s") ? 1 : 2) : 0;
  const end = tokens[last]!.end - cut;
  const name = nameText(tokens, k, last, cut);
  if (isDayName(name)) return null;
  return { name, start: first.start, end, next: last + 1, possessive };
}

/** How many tokens a title and the first word of a name take at most ("Lt. Gov. Jane": five). */
const TITLED_NAME_TOKENS = 10;

/** A title phrase then a name from token `k` ("Gov. Jane Doe", "Lieutenant Governor Jane Doe"). */
function titledNameFrom(tokens: readonly Token[], k: number): boolean {
  return titledNameAt(nameText(tokens, k, Math.min(tokens.length, k + TITLED_NAME_TOKENS) - 1, 0), 0);
}

/** The words of a run as written, single-spaced, less a possessive ending. */
function nameText(tokens: readonly Token[], from: number, to: number, cut: number): string {
  let name = "";
  for (let k = from; k <= to; k++) {
    const token = tokens[k]!;
    if (k > from && token.start > tokens[k - 1]!.end) name += " ";
    name += token.text;
  }
  return cut > 0 ? name.slice(0, -cut) : name;
}

/** ", Kenya" or ", the (regional) capital of Germany's Bavaria region" after a name: containment. */
function withApposition(tokens: readonly Token[], parse: PlaceParse, depth: number): PlaceParse {
  const comma = tokens[parse.endToken];
  if (comma?.text !== ",") return parse;
  const at = parse.endToken + 1;
  const next = tokens[at];
  if (!next || next.kind !== "word") return parse;
  if (next.cap) {
    const run = readNameRun(tokens, at);
    if (!run || run.possessive) return parse;
    const after = tokens[run.next];
    if (after && !APPOSITION_END.has(after.lower)) return parse;
    return { ...parse, endToken: run.next, outers: [run.name, ...parse.outers] };
  }
  // ", the capital of X", ", the regional capital of the Russian republic of X"
  let k = skipModifiers(tokens, at);
  if (!PLACE_DESCRIPTORS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return parse;
  k += 2;
  const outer = parsePlaceAt(tokens, k, depth + 1);
  if (!outer) return parse;
  return { ...parse, endToken: outer.endToken, outers: [outer.name, ...outer.outers, ...parse.outers] };
}

/** A place or route claim on a parsed place name: the value is the name's entity key. */
export function placeNameClaim(kind: "place" | "route", key: string, place: Pick<PlaceParse, "name" | "start" | "end">, sentence: number, rule: string): Claim {
  return {
    kind,
    key,
    value: entityKey(place.name, "place"),
    display: place.name,
    sentence,
    span: { start: place.start, end: place.end },
    rule,
  };
}
