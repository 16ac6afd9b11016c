import {
  ASIDE_OPENERS, LEFT_NOUN_FOR_HEADS, LEFT_NOUN_FOR_SLOTS, LEFT_NOUN_OF_SLOTS, LEFT_SKIP_WORDS, LEFT_VERB_SLOTS, MAX_ASIDE_TOKENS, NEGATIONS,
  NEUTRAL_SLOT_NOUN_MODIFIERS, NON_DEATH_TOLL_MODIFIERS, NOUN_PHRASE_STOP_WORDS, NOUN_SLOTS, PEOPLE_NOUNS,
  NUMBER_OF_SLOT_WORDS, PREDICATE_AUXILIARIES, SUPERSEDED_CUES, PREDICATE_SLOTS, PROPERTY_NOUNS, PROPERTY_PREDICATES, TOLL_VERBS,
  TOLL_WINDOW, TOLL_WINDOW_WITH_VERB, TOLL_WORDS, VEHICLE_NOUNS,
} from "../../lexicons/quantity-slots.js";
import type { Span } from "../../types.js";
import { CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from "../../lexicons/units.js";
import { indexPhrases, matchPhrase, matchesWords, type Token } from "../claim-tokens.js";
import { isPluralNoun } from "../numbers.js";

const PREDICATE_INDEX = indexPhrases(PREDICATE_SLOTS);
/** Longest counted phrase read after a number ("four other Central Asian countries"). */
const MAX_NOUN_PHRASE_WORDS = 4;
/** How many auxiliaries may stand before a predicate ("who are believed to have been killed"). */
const MAX_AUXILIARIES = 5;
/** Capitalised plural nouns that are people ("Russians", "Azerbaijanis", "Britons"), not names. */
const DEMONYM_PLURAL = /(?:ans|is|ese|ers|ites)$/;
const ADVERB = /ly$/;

/** What stands to the right of a number: the counted noun, an aboard marker, a predicate. */
export interface RightContext {
  /** Lower-case counted noun, if any ("people", "survivors", "km"). */
  head?: string;
  headIndex: number;
  /** "on board", "aboard", "on the plane", "passengers and crew". */
  aboard: boolean;
  /** Slot of the predicate ("were killed" → killed), if any and not negated. */
  predicateSlot?: string;
  /** The predicate word itself, for the property slots ("homes were destroyed"). */
  predicateWord?: string;
  /** "62 passengers and five crew": the passengers are not everyone aboard. */
  listedWithOthers: boolean;
  /** Lower-case word right before the head ("road" in "1,624 road deaths"), if any. */
  modifier?: string;
  /** "rescued alive", "pulled out alive": the rescued are survivors too. */
  alive: boolean;
  /** First word after the counted phrase and its auxiliaries, whatever it is ("recovered" in "bodies were recovered"). */
  verbAfter?: string;
}

/**
 * Read the counted noun phrase and the predicate after a number. The head is the first plural
 * noun (or, for one, the first lower-case word); capitalised words before it are modifiers
 * ("Tajik citizens"). Predicates are matched after auxiliaries ("who were later reported dead").
 */
export function readRight(tokens: readonly Token[], from: number, singular: boolean): RightContext {
  const context: RightContext = { headIndex: -1, aboard: false, listedWithOthers: false, alive: false };
  let k = from;
  for (let words = 0; words < MAX_NOUN_PHRASE_WORDS; words++) {
    const token = tokens[k];
    if (!token || token.kind !== "word") break;
    // "38 confirmed deaths", "12 reported cases": an adjective that elsewhere is an auxiliary.
    const adjective = NEUTRAL_SLOT_NOUN_MODIFIERS.has(token.lower) && tokens[k + 1]?.kind === "word" && isPluralNoun(tokens[k + 1]!.lower);
    if (!adjective && endsNounPhrase(token, tokens, k)) break;
    const word = token.lower;
    const isUnit = TIME_UNITS.has(word) || MEASURE_UNITS.has(word) || CURRENCY_WORDS.has(word);
    let isHead: boolean;
    if (isUnit) isHead = true;
    else if (singular) isHead = !token.cap;
    else if (!token.cap) isHead = isPluralNoun(word);
    else isHead = DEMONYM_PLURAL.test(word) && !startsNoun(tokens[k + 1]);
    if (isHead) {
      context.head = word;
      context.headIndex = k;
      const before = tokens[k - 1];
      if (k > from && before && before.kind === "word" && !before.cap) context.modifier = before.lower;
      k++;
      break;
    }
    k++;
  }
  k = readCrewExtension(tokens, k, context);
  readPredicate(tokens, k, context);
  return context;
}

/** A lower-case word that could continue a noun phrase ("Paris hotels"): then the capitalised word was a modifier. */
function startsNoun(token: Token | undefined): boolean {
  return token?.kind === "word" && !token.cap && !NOUN_PHRASE_STOP_WORDS.has(token.lower) && !PREDICATE_AUXILIARIES.has(token.lower);
}

function endsNounPhrase(token: Token, tokens: readonly Token[], k: number): boolean {
  const word = token.lower;
  return NOUN_PHRASE_STOP_WORDS.has(word) || PREDICATE_AUXILIARIES.has(word) || NEGATIONS.has(word)
    || matchPhrase(tokens, k, PREDICATE_INDEX) !== undefined || (ADVERB.test(word) && !token.cap);
}

/** "passengers and crew (members)" is everyone aboard; "passengers and five crew" is a list. */
function readCrewExtension(tokens: readonly Token[], k: number, context: RightContext): number {
  if (!context.head || tokens[k]?.lower !== "and") return k;
  if (matchesWords(tokens, k + 1, ["crew", "members"])) {
    context.aboard = true;
    return k + 3;
  }
  if (tokens[k + 1]?.lower === "crew") {
    context.aboard = true;
    return k + 2;
  }
  const next = tokens[k + 1];
  if (next && (next.kind === "num" || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(next.lower))) {
    context.listedWithOthers = true;
  }
  return k;
}

/**
 * Length of an aboard marker at `k` ("on board", "aboard", "on the plane", "on board the ship",
 * "aboard the jet and the helicopter"), or 0.
 */
function aboardMarkerLength(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.lower;
  let length = 0;
  if (word === "aboard" || word === "onboard") length = 1;
  else if (word === "on" && tokens[k + 1]?.lower === "board") length = 2;
  else if (word === "on" && tokens[k + 1]?.lower === "the" && VEHICLE_NOUNS.has(tokens[k + 2]?.lower ?? "")) return 3 + otherVehicles(tokens, k + 3);
  if (length === 0) return 0;
  if (tokens[k + length]?.lower !== "the" || !VEHICLE_NOUNS.has(tokens[k + length + 1]?.lower ?? "")) return length;
  return length + 2 + otherVehicles(tokens, k + length + 2);
}

/** "… and the helicopter" after "on board the plane": tokens of the vehicles listed after the first. */
function otherVehicles(tokens: readonly Token[], k: number): number {
  let length = 0;
  while (tokens[k + length]?.lower === "and") {
    const det = tokens[k + length + 1]?.lower === "the" ? 1 : 0;
    if (!VEHICLE_NOUNS.has(tokens[k + length + 1 + det]?.lower ?? "")) break;
    length += 2 + det;
  }
  return length;
}

function readPredicate(tokens: readonly Token[], from: number, context: RightContext): void {
  let k = from;
  let auxiliaries = 0;
  let negated = false;
  while (k < tokens.length) {
    const token = tokens[k]!;
    const marker = aboardMarkerLength(tokens, k);
    if (marker > 0) {
      context.aboard = true;
      k += marker;
      continue;
    }
    const predicate = matchPhrase(tokens, k, PREDICATE_INDEX);
    if (predicate) {
      if (!negated) {
        context.predicateSlot = predicate.value;
        context.predicateWord = predicate.words.join(" ");
        context.alive = isAlive(tokens, k + predicate.words.length, predicate.words);
      }
      return;
    }
    if (token.text === "," && ASIDE_OPENERS.has(tokens[k + 1]?.lower ?? "")) {
      const close = closingComma(tokens, k + 1);
      if (close < 0) return;
      k = close + 1;
      continue;
    }
    if (token.kind !== "word") return;
    if (PROPERTY_PREDICATES.has(token.lower)) {
      if (!negated) context.predicateWord = token.lower;
      return;
    }
    if (NEGATIONS.has(token.lower) || token.lower.endsWith("n't")) negated = true;
    else if (!PREDICATE_AUXILIARIES.has(token.lower) && !ADVERB.test(token.lower)) {
      context.verbAfter = token.lower; // "bodies were recovered": not a slot, but some callers look
      return;
    }
    if (++auxiliaries > MAX_AUXILIARIES) return;
    k++;
  }
}

/** "rescued alive", "pulled out alive", "found alive": the predicate says the people lived. */
function isAlive(tokens: readonly Token[], after: number, words: readonly string[]): boolean {
  if (words[words.length - 1] === "alive") return true;
  if (tokens[after]?.lower === "alive") return true;
  return tokens[after]?.lower === "out" && tokens[after + 1]?.lower === "alive";
}

/** The comma closing an aside that starts at `from`, or -1 if none within MAX_ASIDE_TOKENS. */
function closingComma(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_ASIDE_TOKENS); k++) {
    if (tokens[k]!.text === ",") return k;
    if (tokens[k]!.kind === "punct" && tokens[k]!.text !== "-") return -1;
  }
  return -1;
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(["”", "\"", "’", "'"]);

/** What stands to the left of a number: a verb or noun whose object it is, or a death toll. */
export interface LeftContext {
  slot: string;
  rule: "QTY_LEFT_VERB" | "QTY_LEFT_NOUN_OF" | "QTY_TOLL";
  /** "the toll had stood at 12", "initially put at 12": an earlier figure the report has replaced. */
  superseded?: boolean;
}

/** "killed 38", "killing a total of 38", "the deaths of 38 people", "the death toll rose to 38". */
export function readLeft(tokens: readonly Token[], phraseStart: number, masked: readonly Span[]): LeftContext | undefined {
  let k = phraseStart - 1;
  while (k >= 0) {
    const token = tokens[k]!;
    if (token.kind !== "word") break;
    if (LEFT_SKIP_WORDS.has(token.lower)) {
      k--;
      continue;
    }
    if (token.lower === "of") {
      // "the “loss” of 27": a noun in quotation marks is still the noun.
      const noun = (CLOSING_QUOTES.has(tokens[k - 1]?.text ?? "") ? tokens[k - 2] : tokens[k - 1])?.lower ?? "";
      if (noun === "total" || noun === "minimum") {
        k -= 2;
        continue;
      }
      const slot = LEFT_NOUN_OF_SLOTS.get(noun);
      if (slot) return { slot, rule: "QTY_LEFT_NOUN_OF" };
      break;
    }
    if (token.lower === "for") {
      const head = LEFT_NOUN_FOR_HEADS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
      const slot = LEFT_NOUN_FOR_SLOTS.get(tokens[head]?.lower ?? "");
      if (slot) return { slot, rule: "QTY_LEFT_NOUN_OF" };
      break;
    }
    const slot = LEFT_VERB_SLOTS.get(token.lower);
    if (slot) return { slot, rule: "QTY_LEFT_VERB" };
    break;
  }
  return readToll(tokens, phraseStart, masked);
}

/**
 * QTY_TOLL: "the death toll rose to 38", "the toll stood at 12", "the number of people killed
 * rose to 87". A toll word up to TOLL_WINDOW tokens back, or up to TOLL_WINDOW_WITH_VERB when a
 * verb of change stands right before the number. Masked numbers (dates, magnitudes) are passed
 * over; any other number or a sentence break ends the search.
 */
function readToll(tokens: readonly Token[], phraseStart: number, masked: readonly Span[]): LeftContext | undefined {
  let verbAt = phraseStart - 1;
  if (/^(?:to|at|of|by)$/.test(tokens[verbAt]?.lower ?? "")) verbAt--;
  const window = TOLL_VERBS.has(tokens[verbAt]?.lower ?? "") ? TOLL_WINDOW_WITH_VERB : TOLL_WINDOW;
  const superseded = window === TOLL_WINDOW_WITH_VERB && SUPERSEDED_CUES.has(tokens[verbAt - 1]?.lower ?? "");
  for (let k = phraseStart - 1; k >= Math.max(0, phraseStart - window); k--) {
    const token = tokens[k]!;
    if (token.kind === "num" && !masked.some((span) => token.start >= span.start && token.end <= span.end)) return undefined;
    if (token.kind === "punct" && !":-,.".includes(token.text)) return undefined;
    if (token.text === "." && !(tokens[k - 1]?.kind === "num")) return undefined; // a decimal point is no sentence end
    if (TOLL_WORDS.has(token.lower)) {
      if (NON_DEATH_TOLL_MODIFIERS.has(tokens[k - 1]?.lower ?? "")) return undefined;
      return { slot: "killed", rule: "QTY_TOLL", ...(superseded ? { superseded } : {}) };
    }
    const slot = NUMBER_OF_SLOT_WORDS.get(token.lower);
    if (slot && window === TOLL_WINDOW_WITH_VERB && isNumberOf(tokens, k)) return { slot, rule: "QTY_TOLL", ...(superseded ? { superseded } : {}) };
  }
  return undefined;
}

/** "number of dead", "number of people killed", "number of confirmed deaths" ending at token `k`. */
function isNumberOf(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if (tokens[j]!.lower === "of") return tokens[j - 1]?.lower === "number";
  }
  return false;
}

/** The slot the counted noun gives by itself ("31 survivors", "90 people on board"), if any. */
export function nounSlotOf(right: RightContext): string | undefined {
  if (right.aboard && (!right.head || PEOPLE_NOUNS.has(right.head))) return "aboard";
  if (!right.head) return undefined;
  const slot = NOUN_SLOTS.get(right.head);
  // "passengers" alone is not everyone aboard ("the driver and three passengers died"); the
  // aboard marker, "carrying" or "with" (in a travel sentence) make it so.
  if (slot === "aboard") return undefined;
  return slot;
}

/**
 * Whether a slot fits the counted noun: people slots need people (or no noun), property slots
 * need buildings, "aboard" from "carrying" needs people.
 */
export function slotFitsNoun(slot: string, right: RightContext): boolean {
  const head = right.head;
  if (slot.startsWith("homes ")) return head !== undefined && PROPERTY_NOUNS.has(head);
  if (!head) return true;
  if (PROPERTY_NOUNS.has(head) || TIME_UNITS.has(head) || MEASURE_UNITS.has(head) || CURRENCY_WORDS.has(head)) return false;
  if (slot === "aboard") return !right.listedWithOthers && (PEOPLE_NOUNS.has(head) || NOUN_SLOTS.get(head) === "aboard");
  return true;
}

/** "200 homes were destroyed", "destroyed 200 houses": the property slot, when the noun is a building. */
export function propertySlotOf(right: RightContext, left: LeftContext | undefined): string | undefined {
  if (!right.head || !PROPERTY_NOUNS.has(right.head)) return undefined;
  if (left?.slot.startsWith("homes ")) return left.slot;
  return right.predicateWord ? PROPERTY_PREDICATES.get(right.predicateWord) : undefined;
}

/** How many words "Of the …," may take before its comma: "Of the fatalities so far,". */
const FRONTED_PARTITIVE_WORDS = 5;
/** How far after the figure its place may be named: "16 have occurred in Marlow County". */
const FRONTED_PLACE_REACH = 6;

/** How far before the part "out of N <noun> …," may open: "out of 300 pupils at the school,". */
const OUT_OF_REACH = 8;

/**
 * The noun a figure with none of its own counts when a fronted whole names it:
 *  - "out of 300 pupils at the Alder school, 12 are unaccounted for": the part of the whole's noun, when
 *    its predicate gives it a slot (`predicate`): "Out of 40 candidates, 12 were elected" is left alone;
 *  - "Of the fatalities so far, 16 have occurred in Marlow County": a "toll noun" whole, when the
 *    part's clause puts it in a named place (a part of the toll, owned by that place). A part named
 *    by what it is ("Of the dead, 12 were children") is not read: it is no toll of its own.
 */
export function frontedPartitiveNoun(tokens: readonly Token[], phraseStart: number, predicate: boolean): string | undefined {
  if (tokens[phraseStart - 1]?.text !== ",") return undefined;
  return (predicate ? outOfWholeNoun(tokens, phraseStart) : undefined) ?? frontedTollNoun(tokens, phraseStart);
}

/** "out of 300 pupils at the Alder school, 12 …": the whole's plural noun. */
function outOfWholeNoun(tokens: readonly Token[], phraseStart: number): string | undefined {
  for (let k = phraseStart - 2; k >= 1 && k >= phraseStart - OUT_OF_REACH; k--) {
    if (tokens[k]!.kind === "punct") return undefined;
    if (tokens[k]!.lower !== "of" || tokens[k - 1]!.lower !== "out") continue;
    const noun = tokens[k + 2];
    return tokens[k + 1]?.kind === "num" && noun?.kind === "word" && !noun.cap && isPluralNoun(noun.lower) ? noun.lower : undefined;
  }
  return undefined;
}

function frontedTollNoun(tokens: readonly Token[], phraseStart: number): string | undefined {
  if (tokens[0]?.lower !== "of" || tokens[1]?.lower !== "the") return undefined;
  const fronted = tokens.slice(2, phraseStart - 1);
  if (fronted.length === 0 || fronted.length > FRONTED_PARTITIVE_WORDS || fronted.some((t) => t.kind !== "word")) return undefined;
  const noun = fronted.find((t) => NOUN_SLOTS.has(t.lower))?.lower;
  if (!noun) return undefined;
  for (let k = phraseStart + 1; k < tokens.length && k <= phraseStart + FRONTED_PLACE_REACH; k++) {
    if (tokens[k]!.kind === "punct") return undefined;
    if ((tokens[k]!.lower === "in" || tokens[k]!.lower === "at") && tokens[k + 1]?.cap) return noun;
  }
  return undefined;
}
