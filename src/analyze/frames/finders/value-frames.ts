import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { measureAfter, lemmaOf } from "../measures/index.js";
import { MEASURE_UNITS } from "../../../lexicons/units.js";
import { ownerOf } from "../owners/index.js";
import type { TaggedSentence, TaggedToken } from "../tagger.js";
import { parseAmount, parseCount, qualifierBefore, type Amount } from "../values/index.js";

/** A score: two small numbers joined by a dash ("38-17", "6–4"), not a span of years. */
const SCORE = /^(\d{1,3})[-–](\d{1,3})$/;
/** Verbs and nouns of a result: a score near them is the final one. */
const RESULT_WORDS: ReadonlySet<string> = new Set(["win", "beat", "defeat", "victory", "lose", "loss", "rout", "edge", "top", "final", "triumph", "thrash", "down"]);
/** Nouns of a transaction: their price is one fact whatever the report calls the deal. */
const DEAL_NOUNS: ReadonlySet<string> = new Set(["deal", "takeover", "acquisition", "purchase", "merger", "buyout", "sale", "bid", "offer", "transaction", "agreement"]);
/** Verbs of a prison sentence. */
const SENTENCE_VERBS: ReadonlySet<string> = new Set(["sentence", "jail", "imprison"]);
const MAX_AGE = 120;

/**
 * Values the count finder leaves aside, each with what it measures and whose it is:
 * ages ("the 71-year-old bishop", "Corra, 71,", "aged 71"), final scores ("beat the Rovers
 * 3-1"), amounts of money ("a $2.1 billion deal"; a converted amount in brackets is the same
 * fact), prison sentences ("sentenced to 27 years and three months"), and "three-time" titles.
 */
export function findValueFrames(
  sentence: Sentence, tagged: TaggedSentence, mentions: readonly EntityMention[], protagonist: EntityMention | undefined,
): Claim[] {
  const { tokens } = tagged;
  const found: Claim[] = [];
  let lastAmountEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const frame = scoreAt(tokens, i, sentence) ?? minuteAt(tokens, i, sentence, mentions) ?? ageAt(tokens, i, sentence, mentions, protagonist)
      ?? sentenceAt(tokens, i, sentence, mentions) ?? timesAt(tokens, i, sentence, mentions) ?? distanceAt(tokens, i, sentence, mentions);
    if (frame) {
      found.push(frame);
      continue;
    }
    const amount = parseAmount(tokens, i);
    if (!amount) continue;
    // "€4.2 million ($4.6 million)": the bracketed amount converts the one before; it is not a second fact.
    const converts = tokens[i - 1]?.text === "(" && lastAmountEnd === i - 1;
    if (!converts) found.push(amountFrame(tokens, i, amount, sentence, mentions, afterConversion(tokens, amount.end)));
    lastAmountEnd = amount.end;
    i = amount.end - 1;
  }
  return found;
}

function scoreAt(tokens: readonly TaggedToken[], i: number, sentence: Sentence): Claim | undefined {
  const match = SCORE.exec(tokens[i]!.text);
  if (!match || tokens[i]!.pos !== "NUM") return undefined;
  const [high, low] = [Number(match[1]), Number(match[2])].sort((a, b) => b - a) as [number, number];
  // A score with no word of a result is one moment of the game ("17-0 at halftime"): other
  // moments are no contradiction of it.
  const final = tokens.some((t) => RESULT_WORDS.has(t.lemma));
  return frameClaim(sentence, tokens, i, i + 1, {
    key: final ? "final score" : "score", value: `${high}-${low}`, valueType: "score", rule: "FRAME_SCORE", comparable: final,
  });
}

/** "in the 23rd minute", "in the 90th minute": when a goal (or a red card) came, and whose it was. */
function minuteAt(tokens: readonly TaggedToken[], i: number, sentence: Sentence, mentions: readonly EntityMention[]): Claim | undefined {
  const ordinal = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(tokens[i]!.text);
  if (!ordinal || tokens[i + 1]?.lemma !== "minute") return undefined;
  const before = mentions.filter((m) => m.type === "person" && m.end <= tokens[i]!.start).at(-1);
  const n = Number(ordinal[1]);
  return frameClaim(sentence, tokens, i, i + 2, {
    key: "minute", value: String(n), number: n, valueType: "times", ...(before ? { owner: before.key } : {}), rule: "FRAME_MINUTE",
  });
}

function ageAt(
  tokens: readonly TaggedToken[], i: number, sentence: Sentence, mentions: readonly EntityMention[], protagonist: EntityMention | undefined,
): Claim | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1]?.lower;
  const before = tokens[i - 1];
  // Only a token in one of the shapes below can be an age: the number is parsed for those alone
  // (this runs on every token of every sentence with a figure).
  if (next !== "-" && next !== "year" && next !== "years" && before?.lower !== "aged" && before?.text !== ",") return undefined;
  const n = parseCount(token.text);
  if (n === undefined || n <= 0 || n > MAX_AGE || !Number.isInteger(n)) return undefined;
  let end = -1;
  let person: EntityMention | undefined;
  // "69-year-old", "69 year old" (read only after a "-" or "year": most numbers are not ages)
  const hyphenated = next === "-" || next === "year" || next === "years" ? tokens.slice(i + 1, i + 5).map((t) => t.lower).join(" ") : "";
  if (/^(?:- )?years? (?:- )?old\b/.test(hyphenated)) {
    end = i + 1 + hyphenated.split(" ").findIndex((w) => w === "old") + 1;
    // "the 68-year-old Anna Berg": the name that follows. "The 68-year-old American was elected":
    // a noun or a nationality after the age is the one the report is about, not a name further on.
    // "her 10-year-old son": a possessive before the age makes it a kin's or another's age, not the protagonist's.
    const kin = POSSESSIVES.has(before?.lower ?? "");
    person = next === "-"
      ? mentions.find((m) => m.type === "person" && m.start === tokens[end]?.start) ?? (kin ? undefined : protagonist)
      : predicateSubject(tokens, i, mentions, protagonist);
  } else if (before?.lower === "aged") {
    end = i + 1;
    person = nearestPerson(mentions, token.start, "before");
  } else if (before?.text === "," && (tokens[i + 1]?.text === "," || tokens[i + 1]?.text === ".")) {
    // "Anselm Corra, 71, …": an age in apposition to a name.
    person = mentions.find((m) => m.type === "person" && m.end === before.start);
    if (person) end = i + 1;
  }
  if (end < 0 || !person) return undefined;
  return frameClaim(sentence, tokens, before?.lower === "aged" ? i - 1 : i, end, {
    key: "age", value: String(n), number: n, valueType: "age", owner: person.key, rule: "FRAME_AGE",
  });
}

const POSSESSIVES: ReadonlySet<string> = new Set(["her", "his", "their", "my", "our", "your", "its"]);
const BE_FORMS: ReadonlySet<string> = new Set(["is", "was", "are", "were", "been", "be"]);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/**
 * "Anna Berg was 34 years old", "He is 58 years old": the subject of "was" is the one aged; a thing
 * ("many carriages were more than 30 years old") or a subject out of reach gives no person's age.
 */
function predicateSubject(
  tokens: readonly TaggedToken[], i: number, mentions: readonly EntityMention[], protagonist: EntityMention | undefined,
): EntityMention | undefined {
  const k = (qualifierBefore(tokens, i)?.first ?? i) - 1;
  if (!BE_FORMS.has(tokens[k]?.lower ?? "")) return undefined;
  const subject = tokens[k - 1];
  if (!subject) return undefined;
  if (PERSONAL_PRONOUNS.has(subject.lower)) return protagonist;
  return mentions.find((m) => m.type === "person" && m.end === subject.end);
}

function sentenceAt(tokens: readonly TaggedToken[], i: number, sentence: Sentence, mentions: readonly EntityMention[]): Claim | undefined {
  if (tokens[i]!.lower !== "to" || !tokens.slice(Math.max(0, i - 4), i).some((t) => SENTENCE_VERBS.has(t.lemma))) return undefined;
  let months = 0;
  let k = i + 1;
  let read = false;
  while (k < tokens.length) {
    const n = parseCount(tokens[k]!.text);
    const unit = tokens[k + 1]?.lemma;
    if (n === undefined || (unit !== "year" && unit !== "month")) break;
    months += unit === "year" ? n * 12 : n;
    read = true;
    k += 2;
    if (tokens[k]?.lower === "and" || tokens[k]?.text === ",") k++;
  }
  if (!read) return undefined;
  while (k > i + 1 && (tokens[k - 1]!.lower === "and" || tokens[k - 1]!.text === ",")) k--;
  const owner = ownerOf(tokens, i, k, mentions);
  return frameClaim(sentence, tokens, i + 1, k, {
    key: "prison sentence", value: String(months), number: months, valueType: "duration", unit: "months",
    ...(owner ? { owner: owner.key } : {}), rule: "FRAME_SENTENCE",
  });
}

/** "three-time world champion": how many times someone has won a title. */
function timesAt(tokens: readonly TaggedToken[], i: number, sentence: Sentence, mentions: readonly EntityMention[]): Claim | undefined {
  const joined = /^([a-z]+|\d+)-time$/i.exec(tokens[i]!.text);
  const split = tokens[i + 1]?.text === "-" && tokens[i + 2]?.lower === "time";
  const word = joined?.[1] ?? (split ? tokens[i]!.text : undefined);
  const n = word === undefined ? undefined : parseCount(word);
  if (n === undefined || n < 2) return undefined;
  const end = joined ? i + 1 : i + 3;
  const title: string[] = [];
  for (let k = end; k < tokens.length && title.length < 4; k++) {
    const t = tokens[k]!;
    if (t.pos !== "PROPN" && t.pos !== "NOUN") break;
    title.push(t.pos === "PROPN" ? t.text : lemmaOf(t));
  }
  if (title.length === 0) return undefined;
  const person = nearestPerson(mentions, tokens[i]!.start);
  return frameClaim(sentence, tokens, i, end + title.length, {
    key: `times ${title.join(" ")}`, value: String(n), number: n, valueType: "times",
    ...(person ? { owner: person.key } : {}), rule: "FRAME_TIMES",
  });
}

/** Units of length a compound gives a thing ("a 71-yard drive", "a 10-km race", "a 200-foot cliff"). */
const LENGTH_UNITS: ReadonlySet<string> = new Set(["metre", "kilometre", "mile", "foot", "yard"]);

/**
 * "A 71-yard drive", "a 17-yard touchdown pass to Ivo Kass": a length compounded with the noun it
 * measures. Its frame is that noun in that unit ("drive yards"), whose owner is read as for counts;
 * with no owner it is a fact, never a side of a dispute.
 */
function distanceAt(tokens: readonly TaggedToken[], i: number, sentence: Sentence, mentions: readonly EntityMention[]): Claim | undefined {
  const unit = MEASURE_UNITS.get(tokens[i + 2]?.lower ?? "");
  if (tokens[i + 1]?.text !== "-" || !unit || !LENGTH_UNITS.has(unit)) return undefined;
  const n = parseCount(tokens[i]!.text);
  const noun = measureAfter(tokens, i + 3, false);
  if (n === undefined || !noun) return undefined;
  const owner = ownerOf(tokens, i, noun.head + 1, mentions);
  return frameClaim(sentence, tokens, i, i + 3, {
    key: `${noun.words.join(" ")} ${unit}s`, value: String(n), number: n, valueType: "count", unit,
    ...(owner ? { owner: owner.key } : {}), rule: "FRAME_DISTANCE",
    // A game has many passes and drives: only a length someone's name pins to one is set against another.
    comparable: owner !== undefined,
  });
}

/**
 * Where the words after an amount resume: past its conversion in brackets ("a €4.2 billion ($4.6
 * billion) deal" is a deal's value), or right after it.
 */
function afterConversion(tokens: readonly TaggedToken[], end: number): number {
  if (tokens[end]?.text !== "(") return end;
  const converted = parseAmount(tokens, end + 1);
  return converted && tokens[converted.end]?.text === ")" ? converted.end + 1 : end;
}

/** `at`: the token the amount's number (or currency sign) starts at. */
function amountFrame(tokens: readonly TaggedToken[], at: number, amount: Amount, sentence: Sentence, mentions: readonly EntityMention[], wordsFrom: number): Claim {
  const unit = perUnit(tokens, wordsFrom);
  const noun = measureAfter(tokens, wordsFrom, false);
  // "The Harbour Prize for Letters, valued at …": a capitalised word is part of a name, not what the amount is of.
  const before = tokens.slice(Math.max(0, at - 6), at).reverse().find((t) => t.pos === "NOUN" && t.text === t.lower);
  const spent = noun ? -1 : spentOn(tokens, wordsFrom);
  const what = noun?.words.at(-1) ?? (spent >= 0 ? tokens[spent]!.lemma : before?.lemma);
  const deal = (what && DEAL_NOUNS.has(what)) || buysWith(tokens, wordsFrom);
  const measure = unit ? `price per ${unit}` : deal ? "deal value" : what ? `${what} value` : "amount";
  const owner = ownerOf(tokens, at, noun ? noun.head + 1 : spent >= 0 ? spent + 1 : amount.end, mentions);
  return frameClaim(sentence, tokens, amount.first, amount.end, {
    key: measure, value: String(amount.value), number: amount.value, valueType: "amount", unit: amount.currency,
    ...(owner ? { owner: owner.key } : {}), ...(amount.qualifier ? { qualifier: amount.qualifier } : {}), rule: "FRAME_AMOUNT",
  });
}

/** Nouns after "in" that say how an amount is paid ("$40 million in cash"), not what it is. */
const PAYMENT_FORMS: ReadonlySet<string> = new Set(["cash", "stock", "share", "total", "full", "kind", "bond"]);
/**
 * Words that may stand between "in" and the noun an amount is spent on: "in new U.S. investments".
 * Not a determiner: "in the first quarter", "in the region" tell when or where, not what.
 */
const SPENT_ON_LEAD: ReadonlySet<string> = new Set(["ADJ", "PROPN"]);
/** Most words read after "in" to find that noun. */
const SPENT_ON_REACH = 4;

/**
 * "pledging $4 billion in investments", "$3 million in damages": what an amount is an amount of,
 * named after "in" (the index of that noun, or -1). A noun named before the amount ("completed its acquisition, pledging $4
 * billion…") belongs to another phrase: read first, it made every figure near a deal its price.
 */
function spentOn(tokens: readonly TaggedToken[], end: number): number {
  if (tokens[end]?.lower !== "in") return -1;
  for (let k = end + 1; k < tokens.length && k <= end + SPENT_ON_REACH; k++) {
    const token = tokens[k]!;
    if (token.pos === "NOUN") return PAYMENT_FORMS.has(token.lemma) ? -1 : k;
    if (!SPENT_ON_LEAD.has(token.pos)) return -1;
  }
  return -1;
}

/** Verbs of buying a whole: an amount spent "to" do one is the price of what is bought. */
const BUYING_VERBS: ReadonlySet<string> = new Set(["acquire", "buy", "purchase"]);

/**
 * "an investment of $2.1 billion to acquire the mill", "paid €40 million to buy the club": whatever
 * noun a report puts before the amount, an amount spent to buy something is that deal's value.
 */
function buysWith(tokens: readonly TaggedToken[], end: number): boolean {
  return tokens[end]?.lower === "to" && BUYING_VERBS.has(tokens[end + 1]?.lemma ?? "");
}

/** "$55 a share", "€3 per litre": the amount is a price of one unit, not the value of the deal nearby. */
function perUnit(tokens: readonly TaggedToken[], end: number): string | undefined {
  const link = tokens[end]?.lower;
  const noun = tokens[end + 1];
  if ((link !== "per" && link !== "a" && link !== "an" && link !== "each") || noun?.pos !== "NOUN") return undefined;
  return lemmaOf(noun);
}

function nearestPerson(mentions: readonly EntityMention[], at: number, side?: "before"): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of mentions) {
    if (m.type !== "person" || (side === "before" && m.end > at)) continue;
    if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  }
  return best;
}

interface FrameFields {
  key: string;
  value: string;
  number?: number;
  valueType: NonNullable<Claim["valueType"]>;
  unit?: string;
  owner?: string;
  qualifier?: string;
  rule: string;
  comparable?: boolean;
}

export function frameClaim(sentence: Sentence, tokens: readonly TaggedToken[], first: number, end: number, fields: FrameFields): Claim {
  const span = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
  return {
    kind: "quantity",
    key: fields.key,
    value: fields.value,
    ...(fields.number !== undefined ? { number: fields.number } : {}),
    display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
    measure: fields.key,
    valueType: fields.valueType,
    ...(fields.unit ? { unit: fields.unit } : {}),
    ...(fields.owner ? { owner: fields.owner } : {}),
    ...(fields.qualifier ? { qualifier: fields.qualifier } : {}),
    comparable: fields.comparable ?? true,
    sentence: sentence.index,
    span,
    rule: fields.rule,
  };
}

