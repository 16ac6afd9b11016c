import { QUANTITY_QUALIFIERS } from "../lexicons/numbers.js";
import { MEASURE_UNITS, CURRENCY_WORDS } from "../lexicons/units.js";
import type { Claim, Sentence, Span } from "../types.js";
import { defineTokenRole, indexPhrases, matchPhrase, tokensOf, type Token } from "./claim-tokens.js";
import { datePhrasesOf } from "./date-patterns.js";
import type { FinderInput } from "./finder-input.js";
import { NUMBER_START_WORDS, lemmaOf, parseNumberAt, type NumberParse } from "./numbers.js";
import {
  nounSlotOf, propertySlotOf, readLeft, readRight, slotFitsNoun, type LeftContext, type RightContext,
} from "./quantity-context.js";
import { findCandidate, isElectionSentence, isTurnout } from "./quantity-election.js";
import { exclusionOf } from "./quantity-exclusions.js";
import { findMagnitudeClaims } from "./quantity-magnitude.js";
import { allKilledPair, findRelativeClaims } from "./quantity-relative.js";
import { TIME_UNITS } from "../lexicons/units.js";

const QUALIFIER_INDEX = indexPhrases(QUANTITY_QUALIFIERS);
/** Words a quantity phrase can start with besides digits: qualifiers, "all", spelled numbers. Others are skipped unread. */
const QUANTITY_START = defineTokenRole([...QUALIFIER_INDEX.keys(), "all", ...NUMBER_START_WORDS]);
/** Words between "of" and the whole of a partitive ("38 of the 67", "five of those 12"). */
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
 *    a predicate after it ("38 were killed"), a death toll, the counted noun ("29 survivors");
 *    "38 of the 67 people on board" gives 38 the predicate's slot and 67 "aboard";
 * 5. with no slot, a loose "count: <noun>" key; percentages only as turnout or an election share.
 * Finally a survivors count of zero also says everyone aboard was killed, and the reverse.
 */
export function findQuantityClaims(input: FinderInput): Claim[] {
  const claims: Claim[] = [];
  const tokens = tokensOf(input);
  const dates = datePhrasesOf(input);
  for (const sentence of input.sentences) {
    const sentenceTokens = tokens[sentence.index]!;
    if (!sentenceTokens.some((t) => t.kind === "num" || t.kind === "word")) continue;
    const magnitudes = findMagnitudeClaims(sentence, sentenceTokens);
    const masked: Span[] = [...dates[sentence.index]!, ...magnitudes.masked];
    claims.push(...magnitudes.claims, ...findRelativeClaims(sentence, sentenceTokens), ...findNumberClaims(sentence, sentenceTokens, masked));
  }
  return completeAllOrNone(claims);
}

function findNumberClaims(sentence: Sentence, tokens: readonly Token[], masked: readonly Span[]): Claim[] {
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
    const partitive = readPartitive(tokens, number, masked);
    const right = readRight(tokens, partitive ? partitive.end : number.end, !partitive && number.number === 1);
    if (right.head && TIME_UNITS.has(right.head)) continue; // "10 months", "two days": a duration
    const left = readLeft(tokens, phrase.start);
    if (partitive) {
      // "38 of the 67 people on board were killed": the part takes the verb, the whole its noun.
      const partSlot = verbSlotOf(left, right);
      if (partSlot) claims.push(quantityClaim(tokens, sentence, partSlot.slot, phrase, partSlot.rule));
      const wholeSlot = nounSlotOf(right);
      if (wholeSlot) claims.push(quantityClaim(tokens, sentence, wholeSlot, partitive, "QTY_PARTITIVE_WHOLE"));
      else if (right.head && countable(right, partitive)) claims.push(quantityClaim(tokens, sentence, countKey(right, partitive), partitive, "QTY_COUNT_NOUN"));
      i = Math.max(i, (right.headIndex >= 0 ? right.headIndex : partitive.end) - 1);
      continue;
    }
    if (isElectionSentence(tokens) && right.head && /^(?:votes|seats|vote|seat)$/.test(right.head)) {
      const name = findCandidate(tokens, phrase.start, right.headIndex + 1);
      const slot = right.head.startsWith("seat") ? "seats" : "votes";
      claims.push(quantityClaim(tokens, sentence, name ? `${slot}: ${name}` : `count: ${slot.slice(0, -1)}`, phrase, name ? "QTY_ELECTION_COUNT" : "QTY_COUNT_NOUN"));
      continue;
    }
    const property = propertySlotOf(right, left);
    const verb = verbSlotOf(left, right);
    const noun = nounSlotOf(right);
    const slot = property ? { slot: property, rule: "QTY_PROPERTY" } : verb ?? (noun ? { slot: noun, rule: "QTY_NOUN_SLOT" } : undefined);
    if (slot) {
      claims.push(quantityClaim(tokens, sentence, slot.slot, phrase, slot.rule));
      // "all 67 aboard were killed": killed 67 and aboard 67.
      if (phrase.all && slot.slot !== "aboard" && noun === "aboard") claims.push(quantityClaim(tokens, sentence, "aboard", phrase, "QTY_ALL_ABOARD"));
    } else if (right.head && countable(right, number) && !number.determinerNo && !number.impliedPeople) {
      claims.push(quantityClaim(tokens, sentence, countKey(right, number), phrase, "QTY_COUNT_NOUN"));
    }
  }
  return claims;
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
  if (tokens[at]?.lower === "all" && at !== i - 1) {
    const afterAll = parseNumberAt(tokens, at + 1);
    if (afterAll && !afterAll.determinerNo) {
      all = true;
      at++;
    }
  }
  const number = parseNumberAt(tokens, at);
  if (!number) return null;
  if (match && at === i + match.words.length && number.determinerNo) return null; // "no more than" read as qualifier only
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

/** The slot from a verb: the left verb first ("killed 38"), then the predicate ("38 were killed"), then a toll. */
function verbSlotOf(left: LeftContext | undefined, right: RightContext): { slot: string; rule: string } | undefined {
  if (left && left.rule !== "QTY_TOLL" && slotFitsNoun(left.slot, right) && !left.slot.startsWith("homes ")) return left;
  if (right.predicateSlot && slotFitsNoun(right.predicateSlot, right)) return { slot: right.predicateSlot, rule: "QTY_PREDICATE" };
  if (left?.rule === "QTY_TOLL" && slotFitsNoun(left.slot, right)) return left;
  return undefined;
}

/** Loose counts need a real plural count (not "one", not "no"). */
function countable(right: RightContext, number: NumberParse): boolean {
  return number.number !== 1 && !number.determinerNo && right.head !== undefined && /^[\p{L}-]{2,}$/u.test(right.head);
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
  return name ? quantityClaim(tokens, sentence, `share: ${name}`, phrase, "QTY_VOTE_SHARE") : null;
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
