import type { EntityMention, EntityType, Sentence } from "../../types.js";
import { TITLE_CASE_FUNCTION_WORDS } from "../../lexicons/stopwords.js";
import { buildUnits, isWord, segmentChain, type Candidate } from "./chains.js";
import { scanLine, type Chain, type HyphenPart } from "./tokens.js";
import { typeCandidates } from "./typing.js";

/**
 * Named entities of one article, by fast heuristics (no NLP library is fast enough for 300
 * reports/s). The steps:
 * 1. per line of each sentence, chains of capitalised tokens (entity-tokens.ts); a line in title case
 *    is a headline and is held back;
 * 2. each chain of a normal line is cut into candidates typed by form: places, organisations,
 *    titled persons, or bare names (entity-chains.ts);
 * 3. bare names get evidence from their context (entity-evidence.ts), pooled over every mention with
 *    the same key, and a type (entity-typing.ts); names without evidence are dropped;
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
      const capitalised = scanLine(text, lineStart, lineEnd, sentence.index, chains, hyphenParts);
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
 * Calibrated on page chrome and title-case headlines ("Minister Admits Blame for Bridge Collapse as
 * Protests Grow") against body sentences: short body sentences full of names ("French President
 * Anne Morel met Kenyan President James Otieno.") pass the ratio but end with a period.
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
      if (matched || isWord(unit) || unit.place?.people) continue;
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
