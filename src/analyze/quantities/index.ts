import { QUANTITY_QUALIFIERS } from "../../lexicons/numbers.js";
import {
  ALIVE_ONLY_RESCUE_VERBS, BODY_NOUNS, GENERIC_COUNTED_NOUNS, NEUTRAL_SLOT_NOUN_MODIFIERS, NOUN_SLOTS, PEOPLE_NOUNS,
  RECOVERY_VERBS, SUB_SLOTTED,
} from "../../lexicons/quantity-slots.js";
import { CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from "../../lexicons/units.js";
import type { Claim, Sentence, Span } from "../../types.js";
import { defineTokenRole, indexPhrases, matchPhrase, sentenceRolesOf, tokensOf, type Token } from "../claim-tokens.js";
import { datePhrasesOf, type DatePhrase } from "../dates/patterns.js";
import type { FinderInput } from "../finder-input.js";
import { NUMBER_START_WORDS, lemmaOf, parseNumberAt, type NumberParse } from "../numbers.js";
import {
  frontedPartitiveNoun, nounSlotOf, propertySlotOf, readLeft, readRight, slotFitsNoun, type LeftContext, type RightContext,
} from "./context.js";
import { findCandidate, isElectionSentence, isPollSentence, isTurnout } from "./election.js";
import {
  aliveLater, earlierYearBefore, isCapacity, isRate, leftWordOf, ofEarlierYear, withTravellers,
} from "./cues.js";
import { exclusionOf } from "./exclusions.js";
import { MAGNITUDE_HINT, findMagnitudeClaims } from "./magnitude.js";
import { EVERYONE_WORDS, allKilledPair, findRelativeClaims } from "./relative.js";

const QUALIFIER_INDEX = indexPhrases(QUANTITY_QUALIFIERS);
/** Words a quantity phrase can start with besides digits: qualifiers, "all", spelled numbers. Others are skipped unread. */
const QUANTITY_START = defineTokenRole([...QUALIFIER_INDEX.keys(), "all", ...NUMBER_START_WORDS]);
/** Counted nouns that are election results when the sentence speaks of voting. */
const ELECTION_COUNT_NOUN = /^(?:votes?|seats?)$/;
/** Words between "of" and the whole of a partitive ("41 of the 90", "five of those 12"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(["the", "those", "its", "their", "all"]);

/** A number as it stands in the sentence: qualifier, "all", the number. */
interface QuantityPhrase {
  /** First token (qualifier or "all" included). */
  start: number;
  qualifier?: string;
  all: boolean;
  number: NumberParse;
}

/**
 * Quantity claims. For each sentence:
 * 1. magnitudes (quantity-magnitude.ts) and "all aboard" statements (quantity-relative.ts);
 * 2. every number phrase not inside a date, with its qualifier (numbers.ts);
 * 3. drop years, times, ages, codes and identifiers (quantity-exclusions.ts);
 * 4. give it a slot from the words around it (quantity-context.ts): a verb before it ("killed 38"),
 *    a predicate after it ("41 were killed"), a death toll, the counted noun ("31 survivors");
 *    "38 of the 67 people on board" gives 38 the predicate's slot and 67 "aboard";
 * 5. with no slot, a loose "count: <noun>" key; percentages only as turnout or an election share;
 * 6. a count after a date of an earlier year is that event's: its key carries the year.
 * Finally a survivors count of zero also says everyone aboard was killed, and the reverse.
 */
export function findQuantityClaims(input: FinderInput): Claim[] {
  const claims: Claim[] = [];
  const tokens = tokensOf(input);
  const roles = sentenceRolesOf(input);
  const dates = datePhrasesOf(input);
  for (const sentence of input.sentences) {
    const sentenceTokens = tokens[sentence.index]!;
    const sentenceRoles = roles[sentence.index]!;
    if (sentenceTokens.length === 0) continue;
    const sentenceDates = dates[sentence.index]!;
    let masked: readonly Span[] = sentenceDates;
    if (sentenceRoles & MAGNITUDE_HINT) {
      const magnitudes = findMagnitudeClaims(sentence, sentenceTokens);
      claims.push(...magnitudes.claims);
      if (magnitudes.masked.length > 0) masked = [...sentenceDates, ...magnitudes.masked];
    }
    if (sentenceRoles & EVERYONE_WORDS) claims.push(...findRelativeClaims(sentence));
    claims.push(...findNumberClaims(sentence, sentenceTokens, sentenceDates, input.published, masked));
  }
  return completeAllOrNone(claims);
}

function findNumberClaims(
  sentence: Sentence,
  tokens: readonly Token[],
  dates: readonly DatePhrase[],
  published: string | null,
  masked: readonly Span[],
): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "punct" || (token.kind === "word" && !(token.roles & QUANTITY_START) && !token.lower.includes("-"))) continue;
    const phrase = readQuantityPhrase(tokens, i);
    if (!phrase) continue;
    const { number } = phrase;
    i = number.end - 1;
    if (number.vague || isMasked(tokens, number, masked) || exclusionOf(tokens, phrase.start, number)) continue;
    if (number.percent) {
      const claim = percentClaim(tokens, phrase, sentence);
      if (claim) claims.push(claim);
      continue;
    }
    const whole = readPartitive(tokens, number, masked);
    const read = readRight(tokens, whole ? whole.end : number.end, !whole && number.number === 1);
    const fronted = read.head === undefined && !whole ? frontedPartitiveNoun(tokens, phrase.start, read.predicateSlot !== undefined) : undefined;
    const right = fronted ? { ...read, head: fronted } : read;
    if (right.head && TIME_UNITS.has(right.head)) continue; // "10 months", "two days": a duration
    // "capacity to 30 million litres annually": a capacity is itself a rate; the adverb does not make it one.
    if (isRate(tokens, right) && !isCapacity(tokens, phrase.start)) continue;
    const left = readLeft(tokens, phrase.start, masked);
    if (left?.superseded) continue; // QTY_SKIP_SUPERSEDED
    let found: Claim[];
    if (whole) {
      found = partitiveClaims(tokens, sentence, phrase, whole, left, right);
      i = Math.max(i, (right.headIndex >= 0 ? right.headIndex : whole.end) - 1);
    } else if (right.head && ELECTION_COUNT_NOUN.test(right.head) && isElectionSentence(tokens)) {
      found = [electionCountClaim(tokens, sentence, phrase, right)];
    } else {
      found = countClaims(tokens, sentence, phrase, left, right);
    }
    const year = earlierYearBefore(tokens[phrase.start]!.start, dates, published);
    claims.push(...(year === undefined ? found : found.map((claim) => ofEarlierYear(claim, year))));
  }
  return claims;
}

/** "38 of the 67 people on board were killed": the part takes the verb's slot, the whole its noun's. */
function partitiveClaims(
  tokens: readonly Token[], sentence: Sentence, part: QuantityPhrase, whole: NumberParse, left: LeftContext | undefined, right: RightContext,
): Claim[] {
  const claims: Claim[] = [];
  const partSlot = verbSlotOf(left, right);
  const wholeSlot = nounSlotOf(right);
  // "23 of the 310 passengers on board": a part of everyone aboard is the plain slot.
  if (partSlot) {
    const key = wholeSlot === "aboard" ? partSlot.slot : withGroup(partSlot.slot, right);
    claims.push(quantityClaim(tokens, sentence, key, part, partSlot.rule));
  }
  if (wholeSlot) claims.push(quantityClaim(tokens, sentence, wholeSlot, whole, "QTY_PARTITIVE_WHOLE"));
  else if (countable(right, whole)) claims.push(quantityClaim(tokens, sentence, countKey(right, whole), whole, "QTY_COUNT_NOUN"));
  return claims;
}

/** "Labour won 412 seats", "Okafor received 1.2 million votes": "seats: <party>", "votes: <candidate>". */
function electionCountClaim(tokens: readonly Token[], sentence: Sentence, phrase: QuantityPhrase, right: RightContext): Claim {
  const name = findCandidate(tokens, phrase.start, right.headIndex + 1);
  const slot = right.head!.startsWith("seat") ? "seats" : "votes";
  return name
    ? quantityClaim(tokens, sentence, `${slot}: ${name}`, phrase, "QTY_ELECTION_COUNT")
    : quantityClaim(tokens, sentence, `count: ${slot.slice(0, -1)}`, phrase, "QTY_COUNT_NOUN");
}

/**
 * The slot of a plain number: a property slot ("200 homes were destroyed"), else the verb's
 * (left verb, predicate, toll), else the counted noun's ("29 survivors"), else a loose count.
 */
function countClaims(
  tokens: readonly Token[], sentence: Sentence, phrase: QuantityPhrase, left: LeftContext | undefined, right: RightContext,
): Claim[] {
  const { number } = phrase;
  if (isCapacity(tokens, phrase.start) && (!right.head || PEOPLE_NOUNS.has(right.head) || right.aboard)) {
    return [quantityClaim(tokens, sentence, "capacity", phrase, "QTY_CAPACITY")];
  }
  if (right.head && BODY_NOUNS.has(right.head)) {
    // "recovered 26 bodies": the dead; "19 bodies had been handed over": a loose count.
    const recovered = RECOVERY_VERBS.has(leftWordOf(tokens, phrase.start)) || RECOVERY_VERBS.has(right.verbAfter ?? "");
    return [recovered
      ? quantityClaim(tokens, sentence, "killed", phrase, "QTY_BODIES_RECOVERED")
      : quantityClaim(tokens, sentence, "count: body", phrase, "QTY_COUNT_NOUN")];
  }
  if (ALIVE_ONLY_RESCUE_VERBS.has(leftWordOf(tokens, phrase.start)) && aliveLater(tokens, right)) {
    return [
      quantityClaim(tokens, sentence, withGroup("rescued", right), phrase, "QTY_RESCUED_ALIVE"),
      quantityClaim(tokens, sentence, "survivors", phrase, "QTY_RESCUED_ALIVE"),
    ];
  }
  const property = propertySlotOf(right, left);
  const noun = nounSlotOf(right) ?? (withTravellers(tokens, phrase.start, right) ? "aboard" : undefined);
  const slot = property
    ? { slot: property, rule: "QTY_PROPERTY" }
    : verbSlotOf(left, right) ?? (noun ? { slot: noun, rule: "QTY_NOUN_SLOT" } : undefined);
  if (slot) {
    const claims = [quantityClaim(tokens, sentence, withGroup(slot.slot, right), phrase, slot.rule)];
    // "171 people were rescued alive": survivors too.
    if (slot.slot === "rescued" && (right.alive || aliveLater(tokens, right))) {
      claims.push(quantityClaim(tokens, sentence, "survivors", phrase, "QTY_RESCUED_ALIVE"));
    }
    // "all 67 aboard were killed": killed 67 and aboard 67.
    if (phrase.all && slot.slot !== "aboard" && noun === "aboard") {
      claims.push(quantityClaim(tokens, sentence, "aboard", phrase, "QTY_ALL_ABOARD"));
    }
    return claims;
  }
  if (!countable(right, number) || number.impliedPeople) return [];
  return [quantityClaim(tokens, sentence, countKey(right, number), phrase, "QTY_COUNT_NOUN")];
}

/** A qualifier (optional), "all" (optional), then a number, starting at token `i`. */
function readQuantityPhrase(tokens: readonly Token[], i: number): QuantityPhrase | null {
  let at = i;
  let qualifier: string | undefined;
  const match = matchPhrase(tokens, at, QUALIFIER_INDEX);
  if (match) {
    at += match.words.length;
    qualifier = match.value ?? undefined;
  }
  let all = false;
  if (tokens[at]?.lower === "all") {
    const afterAll = parseNumberAt(tokens, at + 1);
    if (afterAll && !afterAll.determinerNo) {
      all = true;
      at++;
    }
  }
  const number = parseNumberAt(tokens, at);
  if (!number) return null;
  if (qualifier && number.determinerNo) return null; // "about no …" is not a count
  return { start: i, ...(qualifier ? { qualifier } : {}), all, number };
}

/** "of (the) M" right after a number: the whole of a partitive. */
function readPartitive(tokens: readonly Token[], part: NumberParse, masked: readonly Span[]): NumberParse | null {
  if (tokens[part.end]?.lower !== "of") return null;
  let at = part.end + 1;
  if (PARTITIVE_DETERMINERS.has(tokens[at]?.lower ?? "")) at++;
  const whole = parseNumberAt(tokens, at);
  if (!whole || whole.vague || whole.determinerNo || whole.percent || isMasked(tokens, whole, masked)) return null;
  return exclusionOf(tokens, at, whole) ? null : whole;
}

/** The slot from a verb: the left verb first ("killed 38"), then the predicate ("41 were killed"), then a toll. */
function verbSlotOf(left: LeftContext | undefined, right: RightContext): { slot: string; rule: string } | undefined {
  if (left && left.rule !== "QTY_TOLL" && slotFitsNoun(left.slot, right) && !left.slot.startsWith("homes ")) return left;
  if (right.predicateSlot && slotFitsNoun(right.predicateSlot, right)) return { slot: right.predicateSlot, rule: "QTY_PREDICATE" };
  if (left?.rule === "QTY_TOLL" && slotFitsNoun(left.slot, right)) return left;
  return undefined;
}

/**
 * "killed: soldier" for a particular group, "killed: road" for a kind ("1,624 road deaths"); the
 * plain slot for people in general, a slot noun with a neutral adjective, or no noun.
 */
function withGroup(slot: string, right: RightContext): string {
  const head = right.head;
  if (!head || !SUB_SLOTTED.has(slot) || !/^[\p{L}-]{3,}$/u.test(head)) return slot;
  if (!GENERIC_COUNTED_NOUNS.has(head)) return `${slot}: ${lemmaOf(head)}`;
  const modifier = right.modifier;
  if (modifier && NOUN_SLOTS.has(head) && !NEUTRAL_SLOT_NOUN_MODIFIERS.has(modifier) && /^[\p{L}-]{3,}$/u.test(modifier)) {
    return `${slot}: ${modifier}`;
  }
  return slot;
}

/**
 * Loose counts need a count of a word: a plural one, or "one" / "a single" written out before the
 * noun it counts ("one drone was shot down"); a digit 1 is mostly part of a list or a label, and
 * "no" counts nothing. ("one of the…", "one day" and the pronoun never reach here: no noun follows.)
 */
function countable(right: RightContext, number: NumberParse): boolean {
  if ((number.number === 1 && !number.spelled) || number.determinerNo) return false;
  return right.head !== undefined && /^[\p{L}-]{2,}$/u.test(right.head);
}

function countKey(right: RightContext, number: NumberParse): string {
  const head = right.head!;
  const unit = MEASURE_UNITS.get(head) ?? CURRENCY_WORDS.get(head) ?? number.currency;
  return `count: ${unit ?? lemmaOf(head)}`;
}

function percentClaim(tokens: readonly Token[], phrase: QuantityPhrase, sentence: Sentence): Claim | null {
  const { number } = phrase;
  if (isTurnout(tokens, phrase.start, number.end)) return quantityClaim(tokens, sentence, "turnout", phrase, "QTY_TURNOUT");
  if (!isElectionSentence(tokens)) return null;
  const name = findCandidate(tokens, phrase.start, number.end);
  if (!name) return null;
  return isPollSentence(tokens)
    ? quantityClaim(tokens, sentence, `poll: ${name}`, phrase, "QTY_POLL_SHARE")
    : quantityClaim(tokens, sentence, `share: ${name}`, phrase, "QTY_VOTE_SHARE");
}

function quantityClaim(tokens: readonly Token[], sentence: Sentence, key: string, of: QuantityPhrase | NumberParse, rule: string): Claim {
  const phrase: QuantityPhrase = "all" in of ? of : { start: of.start, all: false, number: of };
  const first = tokens[phrase.start]!;
  const last = tokens[phrase.number.end - 1]!;
  const span = { start: first.start, end: last.end };
  return {
    kind: "quantity",
    key,
    value: phrase.number.value,
    number: phrase.number.number,
    display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
    ...(phrase.qualifier ? { qualifier: phrase.qualifier } : {}),
    sentence: sentence.index,
    span,
    rule,
  };
}

function isMasked(tokens: readonly Token[], number: NumberParse, masked: readonly Span[]): boolean {
  const start = tokens[number.start]!.start;
  const end = tokens[number.end - 1]!.end;
  return masked.some((span) => start < span.end && end > span.start);
}

/**
 * "no survivors" / "no one survived" also says everyone aboard was killed: the survivors claim
 * becomes relative (none of aboard) and a killed = all (of aboard) claim is added, as
 * quantity-relative.ts does for "killing everyone on board".
 */
function completeAllOrNone(claims: Claim[]): Claim[] {
  if (!claims.some((c) => c.key === "survivors" && c.value === "0" && !c.relative)) return claims;
  const out: Claim[] = [];
  for (const claim of claims) {
    if (claim.key !== "survivors" || claim.value !== "0" || claim.relative) {
      out.push(claim);
      continue;
    }
    const [killed, survivors] = allKilledPair(claim.span, claim.display, claim.sentence, `${claim.rule}+QTY_NONE_SURVIVED`);
    out.push(survivors!);
    if (!claims.some((c) => c.sentence === claim.sentence && c.key === "killed" && c.value === "all")) out.push(killed!);
  }
  return out;
}
