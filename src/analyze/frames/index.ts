import { MEASURE_UNITS } from "../../lexicons/units.js";
import type { Claim, EntityMention } from "../../types.js";
import type { DatePhrase } from "../dates/patterns.js";
import type { FinderInput } from "../finder-input.js";
import {
  EDITION_HINT, findAreaCompounds, findEditionClaims, findEventPlaces, findFloorClaims, findMajorityThreshold, findNamedEvents,
  findOrdinalClaims, findRankClaims, findShares, findValueFrames, FLOOR_HINT, INCLUDED_PART_RULE, includedPart, isPartOfSized,
  isPlaceSize, isWholeCount, LISTED_SHARE_RULE, mayNameEvent, type NamedEvent, outcomeOf, RANK_HINT, referredEvent,
} from "./finders/index.js";
import {
  countedKind, countsSpeakers, levelMeasureBefore, measureAfter, nounBoundedBefore, nounMeasuredBefore, picksOneOut, possessorOf,
  unitMeasure,
} from "./measures/index.js";
import {
  claimantOf, classNounOwner, clauseStartOf, findBreakdown, ownerOf, placeOf, pronounOwner, type RecentOrganisation, recentOrganisation,
  recentPerson, type RecentPerson, scopeOf, subjectBefore, withDefinedNames, withUnlistedNames,
} from "./owners/index.js";
import { comparedFigure, earlierFigure, isRunningCount, ofEarlierTime, provisionalSentences, statedTimes } from "./time/index.js";
import { findClockFrames } from "./values/index.js";
import { findWinnerClaims, WIN_HINT } from "../roles/winners.js";
import { widenToNameRuns } from "../roles/name-runs.js";
import { findResultPlaces } from "../roles/result-place.js";
import { findRoleFrames, ROLE_FRAME_HINT } from "../roles/role-frames.js";
import { findHonourClaims, HONOUR_HINT } from "../roles/honours.js";
import { tagSentence, type TaggedToken } from "./tagger.js";
import { groupBy } from "../../group.js";

const POPULATION_SIZE = 100_000;
const NEGATIVE_SIGNS: ReadonlySet<string> = new Set(["minus", "negative"]);
const PRESENT_TENSE: ReadonlySet<string> = new Set(["is", "are", "live", "lives", "work", "works", "has", "have", "remain", "remains"]);
const LENGTH_OR_WEIGHT: ReadonlySet<string> = new Set(["metre", "kilometre", "centimetre", "millimetre", "mile", "foot", "inch", "yard", "kilogram", "tonne", "pound weight"]);

/** A sentence may hold a value the count finder skipped: digits, "-time", "aged". */
const VALUE_HINT = /\d|-time\b|\baged\b/;
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(["see", "watch", "spot", "notice", "hear", "witness", "film", "glimpse"]);
/** Determiners that make a number a reference to things already named ("the two countries"), not a count. */
const REFERRING = new Set(["the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"]);

/**
 * Claim frames: every quantity claim gets what it measures, whose it is and when it holds, read
 * from the sentence's grammar (tagger.ts); loose counts ("count: …") become frames named by
 * their noun phrase or are dropped when nothing says what they count; ages, scores, amounts,
 * sentences and titles are added (value-frames.ts), who won, lost or was elected
 * (roles/winners.ts, on the same names), where a named owner finished (ranks.ts) and which one
 * of a series a thing is (ordinals.ts).
 */
export function frameClaims(input: FinderInput, quantities: Claim[], dates: readonly DatePhrase[][]): Claim[] {
  const bySentence = groupBy(quantities, (c) => c.sentence);
  const mentionsBySentence = groupBy(input.entities, (m) => m.sentence);
  const protagonist = mostMentionedPerson(input.entities);
  const provisional = provisionalSentences(input.sentences);
  const out: Claim[] = [];
  // Named events of the sentence before, and the last one named: "It has burned…", "The fire was…".
  let previous: NamedEvent[] = [];
  let lastEvent: NamedEvent | undefined;
  // The person the sentences before were about, for "He also rushed for 58 yards".
  let person: RecentPerson | undefined;
  // The organisation they named first, for "It was the party's best result: 52 seats".
  let organisation: RecentOrganisation | undefined;
  for (const sentence of input.sentences) {
    const claims = bySentence.get(sentence.index) ?? [];
    const hasValue = claims.length > 0 || VALUE_HINT.test(sentence.text);
    const hasResult = WIN_HINT.test(sentence.text);
    const hasRank = RANK_HINT.test(sentence.text);
    const hasRole = ROLE_FRAME_HINT.test(sentence.text);
    const hasHonour = HONOUR_HINT.test(sentence.text);
    const hasEdition = EDITION_HINT.test(sentence.text);
    const hasFloor = FLOOR_HINT.test(sentence.text);
    const personBefore = person;
    person = recentPerson(mentionsBySentence.get(sentence.index) ?? [], sentence.index, person);
    const organisationBefore = organisation;
    organisation = recentOrganisation(mentionsBySentence.get(sentence.index) ?? [], sentence.index, organisation);
    if (!hasValue && !hasResult && !hasRank && !hasRole && !hasHonour && !hasEdition && !hasFloor && !mayNameEvent(sentence.text)) {
      previous = [];
      continue;
    }
    const tagged = tagSentence(sentence.text, sentence.start);
    const events = findNamedEvents(tagged.tokens, sentence.index);
    const [before, last] = [previous, lastEvent];
    const referred = (claim: Claim) => referredOwner(claim, tagged.tokens, events, before, last);
    previous = events;
    lastEvent = events.at(-1) ?? lastEvent;
    const eventMentions = events.map((e) => e.mention);
    const named = withDefinedNames(sentence, mentionsBySentence.get(sentence.index) ?? []);
    const mentions = [...eventMentions, ...withUnlistedNames(tagged.tokens, named, sentence.index)];
    organisation = recentOrganisation(mentions, sentence.index, organisationBefore);
    if (hasResult) {
      const results = findWinnerClaims(sentence, mentions);
      const resultEnd = Math.max(...results.filter((c) => c.rule === "ANALYZE_WIN_OVER" || c.rule === "ANALYZE_LOST_TO").map((c) => c.span.end));
      const places = Number.isFinite(resultEnd) ? findResultPlaces(sentence, widenToNameRuns(sentence, mentions), resultEnd) : [];
      for (const claim of [...results, ...places]) out.push(claim);
    }
    for (const claim of findEventPlaces(sentence, events, mentions)) out.push(claim);
    if (hasRole) for (const claim of findRoleFrames(sentence, mentions, input.entities)) out.push(claim);
    if (hasHonour) for (const claim of findHonourClaims(sentence, widenToNameRuns(sentence, mentions), tagged.tokens)) out.push(claim);
    if (hasRank) {
      const names = widenToNameRuns(sentence, mentions);
      for (const claim of [...findRankClaims(sentence, names), ...findOrdinalClaims(sentence, tagged.tokens, names)]) out.push(claim);
    }
    if (hasEdition) for (const claim of findEditionClaims(sentence, tagged.tokens)) out.push(claim);
    if (hasFloor) for (const claim of findFloorClaims(sentence, tagged.tokens)) out.push(claim);
    if (!hasValue) continue;
    const timeAt = statedTimes(dates[sentence.index] ?? [], sentence.text, input.published);
    const found = [...findValueFrames(sentence, tagged, mentions, protagonist), ...findClockFrames(sentence, tagged, mentions), ...findMajorityThreshold(sentence, tagged.tokens)];
    const shares = findShares(sentence, tagged.tokens, mentions).filter((p) => p.rule === LISTED_SHARE_RULE || !claims.some((c) => overlaps(c.span, p.span)));
    const areas = findAreaCompounds(sentence, tagged.tokens, events, last);
    const values = [...found, ...shares, ...areas];
    const framed = claims
      .filter((claim) => !values.some((v) => overlaps(v.span, claim.span)))
      .map((claim) => frameOf(claim, tagged.tokens, mentions, eventMentions, (first) =>
        pronounOwner(tagged.tokens, first, personBefore, sentence.index) ?? classNounOwner(tagged.tokens, first, organisationBefore, sentence.index, mentions)))
      .filter((claim): claim is Claim => claim !== null)
      .map((claim) => includedPart(claim, tagged.tokens, claims))
      .map((claim) => (isPartOfSized(claim, tagged.tokens, areas) ? { ...claim, comparable: false } : claim));
    const owners = [...eventMentions, ...mentions.filter((m) => m.type === "place")];
    // A group's part of a tally ("including 11 children") has no parts of its own.
    const parts = framed.filter((claim) => claim.rule !== INCLUDED_PART_RULE).flatMap((claim) => findBreakdown(tagged.tokens, claim, [...framed, ...values], owners, mentions));
    const sentenceClaims = [...framed, ...values, ...parts];
    const earlierOnes = new Map(sentenceClaims.map((c) => [c, c.kind === "quantity" ? earlierFigure(c, sentence, input.published ?? timeAt(c.span.start)) : null]));
    const current = sentenceClaims.filter((c) => !earlierOnes.get(c));
    for (const stated of sentenceClaims) {
      const earlier = earlierOnes.get(stated);
      const claim = earlier ? ofEarlierTime(stated, earlier, comparedFigure(stated, current)) : stated;
      if (!claim) continue;
      const owned = claim.owner || !claim.measure || claim.key.includes(":") ? claim : referred(claim);
      // "It is 40% contained" after "It has burned 2,300 acres": the pronoun still speaks of that event.
      if (owned !== claim && owned.owner && previous.length === 0) previous = [...before, ...events].filter((e) => e.mention.key === owned.owner).slice(0, 1);
      const claimant = owned.kind === "quantity" ? claimantOf(tagged.tokens, tokenAt(tagged.tokens, owned.span.start), mentions) : undefined;
      const time = timeAt(owned.span.start);
      out.push({
        ...owned,
        ...(time ? { time } : {}),
        ...(provisional.has(sentence.index) && owned.kind === "quantity" ? { provisional: true } : {}),
        ...(claimant ? { claimant: claimant.key } : {}),
      });
    }
  }
  return out;
}

/**
 * A frame with no owner whose clause speaks of an event named before ("It has burned 13,500
 * acres", "Ridgeline fire - The fire was 64% contained") belongs to it; so does one told after a named
 * event in its sentence, the nearest before it ("The Ridgeline fire, which began in Fernhill, has
 * burned 12,500 acres, while the Pine fire … 15,800 acres").
 */
function referredOwner(claim: Claim, tokens: readonly TaggedToken[], here: readonly NamedEvent[], previous: readonly NamedEvent[], last: NamedEvent | undefined): Claim {
  const first = tokens.findIndex((t) => t.start >= claim.span.start);
  if (first < 0) return claim;
  const clause = clauseStartOf(tokens, first);
  const namedBefore = here.filter((e) => e.mention.end <= (tokens[clause]?.start ?? 0));
  const event = referredEvent(tokens, clause, namedBefore.length > 0 ? namedBefore : previous, namedBefore.at(-1) ?? last)
    ?? here.filter((e) => e.mention.end <= tokens[first]!.start).at(-1);
  return event ? { ...claim, owner: event.mention.key } : claim;
}

function frameOf(
  claim: Claim, tokens: readonly TaggedToken[], mentions: readonly EntityMention[], events: readonly EntityMention[],
  byPronoun: (valueFirst: number) => EntityMention | undefined,
): Claim | null {
  const first = tokens.findIndex((t) => t.start >= claim.span.start);
  const end = lastIndexWithin(tokens, claim.span.end) + 1;
  if (first < 0 || end <= first) return claim;
  if (/^(?:share|poll|seats|votes):/.test(claim.key)) return withScope(electionFrame(claim, mentions), scopeOf(tokens, first, end, mentions));
  if (!claim.key.startsWith("count:")) {
    const base = claim.key.split(":")[0]!.trim();
    // A toll belongs to where it was counted, or to the named event that is the clause's subject
    // ("The Harbor Fire destroyed 5,214 structures"), never to another subject (an airline, a gunman).
    const owner = claim.key.includes(":") ? undefined : placeOf(tokens, first, end, mentions, events) ?? subjectBefore(tokens, first, events);
    const changing = isRunningCount(tokens, first, end);
    return { ...claim, measure: base, valueType: "count", ...(owner ? { owner: owner.key } : {}), ...(changing ? { changing } : {}) };
  }
  if (isConversion(tokens, first)) return null;
  const measure = measureAfter(tokens, end, false);
  // The size of a body ("There are 80 seats in the chamber", "Of the 80 seats in the chamber, …")
  // is background every report may name the body differently for: one fact of no owner, never a
  // side of a dispute (two chambers differ).
  if (measure && isWholeCount(tokens, first, measure.head)) {
    const key = `total ${measure.words.join(" ")}`;
    return { ...claim, key, measure: key, valueType: "count", comparable: false };
  }
  if (REFERRING.has(tokens[first - 1]?.lower ?? "")) return null;
  if (!measure || isBackground(tokens, claim, first) || isPlaceSize(tokens, first, tokens[measure.head]!.lower)) return null;
  if (countsSpeakers(tokens, measure.head) || picksOneOut(tokens, first)) return null;
  const owner = ownerOf(tokens, first, measure.head + 1, mentions) ?? byPronoun(first);
  const scope = scopeOf(tokens, first, measure.head + 1, mentions);
  const outcome = outcomeOf(tokens, first, measure.head);
  const unit = measure.words.length === 1 && !outcome ? MEASURE_UNITS.get(measure.words[0]!) : undefined;
  const words = countedKind(measure.words, tokens, measure.head);
  const key = outcome ? `${words.join(" ")} ${outcome}` : words.join(" ");
  // "10 m": a length or weight alone does not say what was measured (a height? a distance?),
  // unless the noun it measures comes before it ("a height of 10 m").
  if (unit && LENGTH_OR_WEIGHT.has(unit)) {
    const noun = nounMeasuredBefore(tokens, first);
    if (noun >= 0) return unitFrame(claim, tokens, noun, unit, mentions);
    const bounded = nounBoundedBefore(tokens, first);
    if (bounded) return boundedFrame(claim, tokens, first, bounded, unit, mentions, byPronoun);
    const level = levelMeasureBefore(tokens, first);
    if (level) {
      const key = unitMeasure(level, unit);
      return { ...claim, key, measure: key, unit, valueType: "count", ...(owner ? { owner: owner.key } : {}), ...(scope && scope.key !== owner?.key ? { scope: scope.key } : {}) };
    }
    if (!owner) return null;
  }
  return {
    ...signed(claim, tokens, first),
    key,
    measure: key,
    valueType: "count",
    ...(owner ? { owner: owner.key } : {}),
    ...(scope && scope.key !== owner?.key ? { scope: scope.key } : {}),
    ...(isRunningCount(tokens, first, measure.head + 1) ? { changing: true } : {}),
    ...(isSighting(tokens, first) || describesMakeup(tokens, first) ? { comparable: false } : {}),
  };
}

/** "The plant's capacity rose to 5 million tonnes": the figure measures the noun before it, in its unit, and is that noun's owner's. */
function unitFrame(claim: Claim, tokens: readonly TaggedToken[], noun: number, unit: string, mentions: readonly EntityMention[]): Claim {
  const key = unitMeasure(tokens[noun]!, unit);
  const owner = possessorOf(tokens, noun, mentions) ?? ownerOf(tokens, noun, noun + 1, mentions);
  return { ...claim, key, measure: key, unit, valueType: "count", ...(owner ? { owner: owner.key } : {}) };
}

/**
 * "It raised its altitude above its permitted 870 feet": the noun the link bounds, in the figure's
 * unit, with the link's qualifier, and the words from the link to the figure as the report gives
 * them. Its owner is a possessor before the noun, or what a possessive pronoun stands for.
 */
function boundedFrame(
  claim: Claim, tokens: readonly TaggedToken[], first: number, bounded: { noun: number; qualifier: string }, unit: string,
  mentions: readonly EntityMention[], byPronoun: (valueFirst: number) => EntityMention | undefined,
): Claim {
  const framed = unitFrame(claim, tokens, bounded.noun, unit, mentions);
  const display = `${tokens.slice(bounded.noun + 1, first).map((t) => t.text).join(" ")} ${claim.display}`;
  const owner = framed.owner ?? byPronoun(bounded.noun)?.key;
  return { ...framed, qualifier: bounded.qualifier, display, ...(owner ? { owner } : {}) };
}

/**
 * Words that tell what an object is made of: "a tiara featuring 410 pearls", "a brooch adorned
 * with bows and more than 900 rubies", "a hall consisting of 12 rooms", "a clasp containing 14
 * opals set among 310 garnets"; "set with" is checked apart
 * ("set" alone sets records and dates).
 */
const MAKEUP_WORDS = /^(?:featur(?:e|es|ed|ing)|consist(?:s|ed|ing)?|compris(?:e|es|ed|ing)|contain(?:s|ing)?|adorned|studded|encrusted|inlaid|embellished)$/;

/**
 * A count in a description of what some object is made of belongs to that object, which a story
 * may not name the same way twice (one report's crown, another's necklace): it is stated, never
 * held against another report's count of the same noun. The makeup word is the nearest verb
 * before the count, across a list ("set with 187 rubies, and nearly 900 pearls").
 */
function describesMakeup(tokens: readonly TaggedToken[], first: number): boolean {
  for (let k = first - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (MAKEUP_WORDS.test(token.lower) || (token.lower === "set" && tokens[k + 1]?.lower === "with")) return true;
    if ((token.pos === "VERB" || token.pos === "AUX") && token.lower !== "set") return false;
  }
  return false;
}

/**
 * "A witness saw two men climb the ladder": what someone saw or heard is the part of the event in
 * their view, not its count; another report's total is no rival of it.
 */
function isSighting(tokens: readonly TaggedToken[], first: number): boolean {
  const verb = tokens[first - 1]?.pos === "DET" ? tokens[first - 2] : tokens[first - 1];
  return verb?.pos === "VERB" && PERCEPTION_VERBS.has(verb.lemma);
}

/** "minus 12 degrees": the count finder reads the digits; the word before them gives the sign. */
function signed(claim: Claim, tokens: readonly TaggedToken[], first: number): Claim {
  if (claim.number === undefined || !NEGATIVE_SIGNS.has(tokens[first - 1]?.lower ?? "")) return claim;
  return { ...claim, number: -claim.number, value: `-${claim.value}`, display: `${tokens[first - 1]!.text} ${claim.display}` };
}

/** The claim narrowed to a place other than its owner. */
function withScope(claim: Claim, scope: EntityMention | undefined): Claim {
  return scope && scope.key !== claim.owner ? { ...claim, scope: scope.key } : claim;
}

/**
 * "Two million people live in the capital", "a million citizens work abroad": a population in
 * the present tense is background, not a claim about the event. A figure that measures a noun
 * before it ("raises its capacity to 30 million litres") counts no one.
 */
function isBackground(tokens: readonly TaggedToken[], claim: Claim, first: number): boolean {
  if ((claim.number ?? 0) < POPULATION_SIZE || nounMeasuredBefore(tokens, first) >= 0) return false;
  const isVerb = (t: TaggedToken) => t.pos === "VERB" || t.pos === "AUX";
  const left = tokens.slice(0, first).filter(isVerb).slice(-2);
  const right = tokens.slice(first).find(isVerb);
  return [...left, ...(right ? [right] : [])].some((t) => PRESENT_TENSE.has(t.lower) || (t.lower !== t.lemma && t.lower.endsWith("s")));
}

/** "10 m (33 ft)": a figure in brackets right after another restates it in other units. */
function isConversion(tokens: readonly TaggedToken[], first: number): boolean {
  if (tokens[first - 1]?.text !== "(") return false;
  return tokens.slice(Math.max(0, first - 5), first - 1).some((t) => t.pos === "NUM");
}

/**
 * "share: afd", "seats: civic union": the election finder names the party by its words in the
 * sentence; the frame owns it by the party's entity, so that a share reported as "9.8% for the
 * Greens" and "the Greens reach 9.8 percent" land on one slot.
 */
function electionFrame(claim: Claim, mentions: readonly EntityMention[]): Claim {
  const [measure, name] = claim.key.split(/:\s*/) as [string, string];
  const owner = mentions.find((m) => m.key === name || m.surface.toLowerCase() === name || m.surface.toLowerCase().includes(name));
  return { ...claim, key: measure, measure, owner: owner?.key ?? name, valueType: measure === "share" || measure === "poll" ? "percent" : "count" };
}

/** The person a report is about: the one it names most often. */
function mostMentionedPerson(mentions: readonly EntityMention[]): EntityMention | undefined {
  const counts = new Map<string, { mention: EntityMention; count: number }>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const seen = counts.get(m.key);
    if (seen) seen.count++;
    else counts.set(m.key, { mention: m, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.mention;
}

/** The index of the first token at or after `offset` (the sentence's length when none is). */
function tokenAt(tokens: readonly TaggedToken[], offset: number): number {
  const index = tokens.findIndex((t) => t.start >= offset);
  return index < 0 ? tokens.length : index;
}

function lastIndexWithin(tokens: readonly TaggedToken[], end: number): number {
  let last = -1;
  // Indexed, not `entries()`: that made an array per token of every claim's sentence.
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.end <= end) last = i;
  return last;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
