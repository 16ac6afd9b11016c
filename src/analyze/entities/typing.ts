import type { EntityMention, EntityType, Sentence } from "../../types.js";
import { COUNTRY_KEYS } from "../../lexicons/countries.js";
import type { Candidate } from "./chains.js";
import {
  commaAfter, datelineAfter, OF_BETWEEN_RE, personAgeAfter, personAppositiveTitleAfter, personCueBefore, personVerbAfter,
  personWhoAfter, placeCueBefore, placeNounAfter, placePrepositionBefore,
} from "./evidence.js";
import { entityKey } from "./key.js";
import { isDayName } from "../dates/day-names.js";

/**
 * Type the candidates of one article. Evidence is pooled over every mention with the same key,
 * so one clear context ("Minister Kaveh Rostami") types the name everywhere ("apologised to
 * Rostami"). Evidence, strongest first (see `resolveType`):
 * 1. form: lexicon place or organisation, head words (fixed by entity-chains.ts);
 * 2. a title, a person noun before ("spokesman X"), an age after ("X, 45,"), an appositive role
 *    ("X, the governor of Y,");
 * 3. a capital, a place noun ("the capital X", "X province", "governor of X"), "X, <Country>",
 *    "<Title> Y of X", a dateline ("MURCIA (PW) —");
 * 4. an acronym in capitals, unless the same word also appears in normal case ("MURCIA" / "Murcia");
 * 5. "in/near/across X";
 * 6. a surname alone that ends a multi-word name (ENTITY_PERSON_SURNAME);
 * 7. a verb people do ("X said", "X apologised"), for a one-word name only when it is seen
 *    away from the start of a sentence ("Survivors said" is not a person);
 * 8. "to/from/at X".
 * Names with no evidence are dropped: a wrong type costs more than a missing mention.
 */
export function typeCandidates(text: string, sentences: Sentence[], candidates: Candidate[]): EntityMention[] {
  const groups = new Map<string, Evidence>();
  const groupKeys: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const groupKey = c.key ?? entityKey(c.surface);
    groupKeys.push(groupKey);
    let evidence = groups.get(groupKey);
    if (!evidence) {
      evidence = newEvidence();
      groups.set(groupKey, evidence);
    }
    collectEvidence(text, sentences[c.sentence]!, candidates, i, evidence);
  }
  for (const evidence of groups.values()) evidence.type = resolveType(evidence);
  linkSurnames(groups);
  for (const evidence of groups.values()) evidence.type ??= resolveWeak(evidence);
  const mentions: EntityMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const type = groups.get(groupKeys[i]!)!.type;
    if (!type) continue;
    const key = c.key && type !== "person" ? c.key : entityKey(c.surface, type);
    mentions.push({ start: c.start, end: c.end, surface: c.surface, type, key, sentence: c.sentence });
  }
  return mentions;
}

/** Evidence pooled over every mention of one key. */
interface Evidence {
  fixed: EntityType | null;
  person: boolean;
  placeStrong: boolean;
  acronym: boolean;
  mixedCase: boolean;
  placeMedium: boolean;
  personWeak: boolean;
  placeWeak: boolean;
  /** A mention names a day ("Independence Day", "the Fifth of November"): never a place, and no surname to link. */
  day: boolean;
  /** Seen at least once away from the start of a sentence or line. */
  nonInitial: boolean;
  /** Most tokens in one of the key's surfaces (1 = a surname or a one-word name). */
  tokens: number;
  type: EntityType | null;
}

function newEvidence(): Evidence {
  return {
    fixed: null, person: false, placeStrong: false, acronym: false, mixedCase: false, placeMedium: false, personWeak: false,
    placeWeak: false, day: false, nonInitial: false, tokens: 0, type: null,
  };
}

const LOWER_CASE_RE = /\p{Ll}/u;
/** Characters read on either side of a name for a day's name cut at a month or a possessive ("Fifth| of November", "Valentine's |Day"). */
const DAY_CONTEXT_CHARS = 16;

function collectEvidence(text: string, sentence: Sentence, candidates: Candidate[], i: number, evidence: Evidence): void {
  const c = candidates[i]!;
  evidence.tokens = Math.max(evidence.tokens, c.tokens);
  if (!c.initial) evidence.nonInitial = true;
  if (LOWER_CASE_RE.test(c.surface)) evidence.mixedCase = true;
  // ENTITY_PLACE_DATELINE: "MURCIA (PW) —", "DHAKA, Bangladesh (RNA) —".
  if (c.initial && !LOWER_CASE_RE.test(c.surface) && datelineAfter(text, c.end)) {
    evidence.placeStrong = true;
    return;
  }
  if (c.acronym) {
    evidence.acronym = true;
    return;
  }
  if (c.type) {
    evidence.fixed ??= c.type;
    return;
  }
  const floor = sentence.start;
  // ENTITY_DAY_NAME: "over the Fifth of November", "on Valentine's Day" (the name read is "Day").
  if (isDayName(c.surface, text.slice(Math.max(floor, c.start - DAY_CONTEXT_CHARS), c.start), text.slice(c.end, c.end + DAY_CONTEXT_CHARS))) evidence.day = true;
  const preposition = placePrepositionBefore(text, c.start, floor);
  if (c.titled || personCueBefore(text, c.start, floor) || personAgeAfter(text, c.end)) evidence.person = true;
  else if (!c.possessive && personAppositiveTitleAfter(text, c.end)) evidence.person = true;
  // "Sheila Parkinson, 67, from Bolton, who …": after a preposition the "who" is someone else's.
  if (!preposition && personWhoAfter(text, c.end)) evidence.person = true;
  if (c.capital || placeCueBefore(text, c.start, floor) || (!c.possessive && placeNounAfter(text, c.end))) evidence.placeStrong = true;
  if (c.qualifiesTitle) evidence.placeWeak = true;
  if (!c.possessive && personVerbAfter(text, c.end)) evidence.personWeak = true;
  if (preposition === "medium" && !c.possessive) evidence.placeMedium = true;
  else if (preposition) evidence.placeWeak = true;
  // ENTITY_PLACE_COUNTRY_AFTER: "Dushanbe, Tajikistan".
  const next = candidates[i + 1];
  const comma = commaAfter(text, c.end);
  if (comma && next && next.sentence === c.sentence && next.start === c.end + comma && next.type === "place" && !next.possessive && next.key && COUNTRY_KEYS.has(next.key)) {
    evidence.placeStrong = true;
  }
  // ENTITY_QUALIFIER_OF: "Mayor Jane Smith of Springfield".
  const previous = candidates[i - 1];
  if (previous?.titled && previous.sentence === c.sentence && OF_BETWEEN_RE.test(text.slice(previous.end, c.start))) evidence.placeStrong = true;
}

/** Steps 1–5 of `typeCandidates`. */
function resolveType(evidence: Evidence): EntityType | null {
  if (evidence.fixed) return evidence.fixed;
  if (evidence.person) return "person";
  if (evidence.day) return null;
  if (evidence.placeStrong) return "place";
  if (evidence.acronym && !evidence.mixedCase) return "organization";
  if (evidence.placeMedium) return "place";
  return null;
}

/** Steps 7–8 of `typeCandidates`. */
function resolveWeak(evidence: Evidence): EntityType | null {
  if (evidence.personWeak && (evidence.tokens > 1 || evidence.nonInitial)) return "person";
  if (evidence.placeWeak && !evidence.day) return "place";
  return null;
}

/**
 * ENTITY_PERSON_SURNAME (step 6): a one-word name that is the last word of a 2–3 word name is a
 * surname; both are persons when either has person evidence, or when neither has any place
 * evidence ("Vladimir Putin … Putin"). "to Aliyev" does not block it; "the Campo de Cartagena …
 * Cartagena" (a place preposition on the long form) does.
 */
function linkSurnames(groups: Map<string, Evidence>): void {
  const byLastToken = new Map<string, Evidence[]>();
  for (const [key, evidence] of groups) {
    if (evidence.tokens < 2 || evidence.tokens > 3 || evidence.day || (evidence.type !== null && evidence.type !== "person")) continue;
    const last = key.slice(key.lastIndexOf(" ") + 1);
    const list = byLastToken.get(last);
    if (list) list.push(evidence);
    else byLastToken.set(last, [evidence]);
  }
  for (const [key, single] of groups) {
    if (single.tokens !== 1 || single.day || single.type !== null && single.type !== "person") continue;
    const fulls = byLastToken.get(key);
    if (!fulls) continue;
    const personSeen = single.type === "person" || single.personWeak || fulls.some((full) => full.type === "person" || full.personWeak);
    const placeSeen = single.placeMedium || fulls.some((full) => full.placeWeak || full.placeMedium);
    if (!personSeen && placeSeen) continue;
    single.type = "person";
    for (const full of fulls) full.type ??= "person";
  }
}
