import type { EntityMention, EntityType, Sentence } from "../types.js";
import { COUNTRY_KEYS } from "../lexicons/countries.js";
import { TITLE_CASE_FUNCTION_WORDS } from "../lexicons/stopwords.js";
import { buildUnits, isWord, segmentChain, type Candidate } from "./entity-chains.js";
import {
  commaAfter, OF_BETWEEN_RE, personAppositiveAfter, personCueBefore, personVerbAfter, placeCueBefore, placePrepositionBefore,
} from "./entity-evidence.js";
import { entityKey } from "./entity-key.js";
import { scanLine, type Chain, type HyphenPart } from "./entity-tokens.js";

/**
 * Named entities of one article, by fast heuristics (no NLP library is fast enough for 300
 * reports/s). The steps:
 * 1. per line of each sentence, chains of capitalised tokens (entity-tokens.ts); a line in title case
 *    is a headline and is held back;
 * 2. each chain of a normal line is cut into candidates typed by form: places, organisations,
 *    titled persons, or bare names (entity-chains.ts);
 * 3. bare names get evidence from their context (entity-evidence.ts), pooled over every mention with
 *    the same key, and a type in the order of `resolveType`; a surname alone links to a full name;
 *    names without evidence are dropped;
 * 4. headlines keep only what normal sentences confirmed or the lexicons know.
 */
export function findEntities(text: string, sentences: Sentence[]): EntityMention[] {
  const candidates: Candidate[] = [];
  const headlineChains: Chain[] = [];
  const hyphenParts: HyphenPart[] = [];
  // 1.
  for (const sentence of sentences) {
    let lineStart = sentence.start;
    while (lineStart < sentence.end) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline < 0 || newline > sentence.end ? sentence.end : newline;
      const chains: Chain[] = [];
      const capitalised = scanLine(text, lineStart, lineEnd, sentence.index, lineStart, chains, hyphenParts);
      if (isHeadline(text, lineStart, lineEnd, capitalised)) headlineChains.push(...chains);
      // 2.
      else for (const chain of chains) segmentChain(text, chain, candidates);
      lineStart = lineEnd + 1;
    }
  }
  // 3.
  const mentions = typeCandidates(text, sentences, candidates);
  for (const part of hyphenParts) mentions.push(mention(part.start, part.end, part.text, "place", part.place.key, part.sentence));
  // 4.
  mentions.push(...confirmHeadlines(text, headlineChains, mentions));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return dedupe(mentions);
}

/**
 * A headline line: no sentence-final punctuation, at least HEADLINE_MIN_CAPITALISED capitalised
 * words and at most one lower-case content word per HEADLINE_CAPITALISED_PER_LOWER capitalised ones.
 * Calibrated on page chrome and title-case headlines ("Putin Admits Blame for Downed Jetliner as
 * Tensions Grow") against body sentences: short body sentences full of names ("Russian President
 * Vladimir Putin met Azerbaijani President Ilham Aliyev.") pass the ratio but end with a period.
 */
const HEADLINE_MIN_CAPITALISED = 3;
const HEADLINE_CAPITALISED_PER_LOWER = 4;
const LOWER_WORD_RE = /(?<![\p{L}\p{N}'’\-‐])\p{Ll}[\p{Ll}\p{M}'’\-]*/gu;

const HAS_LOWER_RE = /\p{Ll}/u;
/** A line that ends like a sentence (". ! ?" with optional closing quotes or brackets) is body text. */
const SENTENCE_FINAL_RE = /[.!?…]["'”’)\]]*\s*$/;

function isHeadline(text: string, from: number, to: number, capitalised: number): boolean {
  // A line in capitals only ("OTHER LINKS", "OPINION / BLOG") is page furniture.
  if (capitalised >= 2 && capitalised < HEADLINE_MIN_CAPITALISED) return !HAS_LOWER_RE.test(text.slice(from, to));
  if (capitalised < HEADLINE_MIN_CAPITALISED) return false;
  if (SENTENCE_FINAL_RE.test(text.slice(Math.max(from, to - 4), to))) return false;
  const allowed = Math.floor(capitalised / HEADLINE_CAPITALISED_PER_LOWER);
  let lower = 0;
  LOWER_WORD_RE.lastIndex = from;
  for (let match = LOWER_WORD_RE.exec(text); match !== null && match.index < to; match = LOWER_WORD_RE.exec(text)) {
    if (!TITLE_CASE_FUNCTION_WORDS.has(match[0]) && ++lower > allowed) return false;
  }
  return true;
}

/** Evidence pooled over every mention of one key. */
interface Evidence {
  fixed: EntityType | null;
  titled: boolean;
  personStrong: boolean;
  placeStrong: boolean;
  personWeak: boolean;
  placeWeak: boolean;
  /** Tokens in the longest form of the key's surfaces (1 = a surname or a one-word name). */
  tokens: number;
  type: EntityType | null;
}

function typeCandidates(text: string, sentences: Sentence[], candidates: Candidate[]): EntityMention[] {
  const groups = new Map<string, Evidence>();
  const groupKeys: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const groupKey = c.key ?? entityKey(c.surface);
    groupKeys.push(groupKey);
    let evidence = groups.get(groupKey);
    if (!evidence) {
      evidence = { fixed: null, titled: false, personStrong: false, placeStrong: false, personWeak: false, placeWeak: false, tokens: 0, type: null };
      groups.set(groupKey, evidence);
    }
    evidence.tokens = Math.max(evidence.tokens, c.tokens);
    collectEvidence(text, sentences[c.sentence]!, candidates, i, evidence);
  }
  for (const evidence of groups.values()) evidence.type = resolveType(evidence);
  linkSurnames(groups);
  for (const evidence of groups.values()) {
    if (evidence.type === null && evidence.personWeak) evidence.type = "person";
    else if (evidence.type === null && evidence.placeWeak) evidence.type = "place";
  }
  const mentions: EntityMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const type = groups.get(groupKeys[i]!)!.type;
    if (!type) continue;
    const key = c.key && type !== "person" ? c.key : entityKey(c.surface, type);
    mentions.push(mention(c.start, c.end, c.surface, type, key, c.sentence));
  }
  return mentions;
}

function collectEvidence(text: string, sentence: Sentence, candidates: Candidate[], i: number, evidence: Evidence): void {
  const c = candidates[i]!;
  if (c.type) {
    evidence.fixed ??= c.type;
    return;
  }
  if (c.titled) evidence.titled = true;
  if (c.capital) evidence.placeStrong = true;
  if (c.qualifiesTitle) evidence.placeWeak = true;
  if (personCueBefore(text, c.start, sentence.start) || personAppositiveAfter(text, c.end)) evidence.personStrong = true;
  if (placeCueBefore(text, c.start, sentence.start)) evidence.placeStrong = true;
  if (!c.possessive && personVerbAfter(text, c.end)) evidence.personWeak = true;
  if (placePrepositionBefore(text, c.start, sentence.start)) evidence.placeWeak = true;
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

/** Strongest evidence first: form, a title, a person noun or appositive, a capital or place noun. */
function resolveType(evidence: Evidence): EntityType | null {
  if (evidence.fixed) return evidence.fixed;
  if (evidence.titled || evidence.personStrong) return "person";
  if (evidence.placeStrong) return "place";
  return null;
}

/**
 * ENTITY_PERSON_SURNAME: a one-word name that is the last word of a multi-word name is a surname;
 * both are persons when either has person evidence, or when nothing says otherwise ("Vladimir
 * Putin … Putin"). Place evidence of the one-word form ("apologised to Aliyev") does not block it.
 */
function linkSurnames(groups: Map<string, Evidence>): void {
  const lastTokens = new Map<string, Evidence[]>();
  for (const [key, evidence] of groups) {
    if (evidence.tokens < 2 || (evidence.type !== null && evidence.type !== "person")) continue;
    const last = key.slice(key.lastIndexOf(" ") + 1);
    const list = lastTokens.get(last);
    if (list) list.push(evidence);
    else lastTokens.set(last, [evidence]);
  }
  for (const [key, single] of groups) {
    if (single.tokens !== 1 || single.fixed || single.placeStrong) continue;
    const fulls = lastTokens.get(key);
    if (!fulls) continue;
    const anyPerson = single.type === "person" || single.personWeak || fulls.some((full) => full.type === "person" || full.personWeak);
    const noneOther = !fulls.some((full) => full.placeStrong);
    if (!anyPerson && !noneOther) continue;
    single.type = "person";
    for (const full of fulls) if (full.type === null) full.type = "person";
  }
}

/** Headline chains: keep forms that normal sentences confirmed, and lexicon places and organisations. */
function confirmHeadlines(text: string, chains: Chain[], confirmed: EntityMention[]): EntityMention[] {
  if (chains.length === 0) return [];
  const known = new Map<string, EntityMention>();
  for (const m of confirmed) known.set(m.surface.toLowerCase(), m);
  const out: EntityMention[] = [];
  for (const chain of chains) {
    const tokens = chain.tokens;
    const units = buildUnits(tokens, 0);
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
      const start = tokens[unit.from]!.start;
      // Longest run of units (up to HEADLINE_WINDOW) whose surface a normal sentence confirmed.
      let matched = false;
      for (let w = Math.min(units.length - 1, u + HEADLINE_WINDOW - 1); w >= u && !matched; w--) {
        if (units.slice(u, w).some((x) => tokens[x.to]!.possessive)) continue;
        const end = tokens[units[w]!.to]!.end;
        const surface = text.slice(start, end);
        const hit = known.get(surface.toLowerCase());
        if (!hit) continue;
        out.push(mention(start, end, surface, hit.type, hit.key, chain.sentence));
        u = w;
        matched = true;
      }
      if (matched || isWord(unit)) continue;
      const end = tokens[unit.to]!.end;
      const type: EntityType = unit.organization ? "organization" : "place";
      out.push(mention(start, end, text.slice(start, end), type, (unit.organization ?? unit.place)!.key, chain.sentence));
    }
  }
  return out;
}

/** Longest headline window tried against confirmed surfaces, in words ("Vladimir Putin", "Russian Defense Ministry"). */
const HEADLINE_WINDOW = 4;

function mention(start: number, end: number, surface: string, type: EntityType, key: string, sentence: number): EntityMention {
  return { start, end, surface, type, key, sentence };
}

function dedupe(sorted: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
