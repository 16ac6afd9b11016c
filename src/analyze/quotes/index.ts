import type { Claim, EntityMention, Sentence } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { entityKey } from "../entities/key.js";
import { fullPersonKey, personIndexOf } from "../entities/persons.js";
import { findQuoteSpans, normalizeQuote, type QuoteSpan } from "./spans.js";
import { insideAnyQuote } from "./inside.js";
import {
  ACCORDING_TO_RE, AFTER_QUOTE_GAP_RE, AFTER_QUOTE_PRONOUN_RE, AFTER_QUOTE_VERB_FIRST_RE, ATTRIBUTION_CHARS,
  BEFORE_QUOTE_VERB_RE, CAPITALISED_NAME_RE, NOMINAL_SPEAKER_RE, NOT_A_NAME_RE, PRONOUN_BEFORE_VERB_RE, SUBJECT_VERB_GAP_RE, VERB_AT_START_RE,
} from "./speakers.js";

/**
 * Quote claims: every quotation of four words or more, with its speaker. Key "quote: <speaker
 * key>" ("quote: unknown" when no pattern names one), value the normalised quote, so reports
 * quoting one person differently can be compared. Speaker rules, tried in order:
 * 1. ANALYZE_QUOTE_AFTER_NAME_VERB  `“…,” Putin said` / `“…,” Putin told Aliyev`
 * 2. ANALYZE_QUOTE_AFTER_VERB_NAME  `“…,” said Jane Doe`
 * 3. ANALYZE_QUOTE_AFTER_PRONOUN    `“…,” he said` → the nearest person named before
 * 4. ANALYZE_QUOTE_BEFORE_VERB      `X said: “…”`, `X told reporters that “…”`, `X, who …, said “…”`
 * 5. ANALYZE_QUOTE_ACCORDING_TO     `according to X, “…”`
 * 6. ANALYZE_QUOTE_SENTENCE_SPEAKER `X described Baku as a “…”` (a speaker and verb elsewhere in the sentence)
 * 7. ANALYZE_QUOTE_SAME_SENTENCE    another quote of the sentence has a speaker
 * 8. ANALYZE_QUOTE_CONTINUATION     the quote opens a sentence right after an attributed quote
 */
export function findQuoteClaims(input: FinderInput): Claim[] {
  const { text, sentences, entities } = input;
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const context: Context = { text, sentences, entities, insideQuote: insideAnyQuote(spans) };
  const sentenceOf = spans.map((span) => sentenceAt(sentences, span.start));
  const speakers = spans.map((span, i) => findSpeaker(context, span, sentenceOf[i]!));
  // The first quote of each sentence that has a speaker so far (looked up, not searched for per quote).
  const firstSpoken = new Map<number, number>();
  const spoken = (i: number) => {
    const first = firstSpoken.get(sentenceOf[i]!);
    if (first === undefined || i < first) firstSpoken.set(sentenceOf[i]!, i);
  };
  speakers.forEach((speaker, i) => speaker && spoken(i));
  for (let i = 0; i < spans.length; i++) {
    if (speakers[i]) continue;
    const sibling = firstSpoken.get(sentenceOf[i]!);
    if (sibling !== undefined) speakers[i] = { key: speakers[sibling]!.key, rule: "ANALYZE_QUOTE_SAME_SENTENCE" };
    else if (i > 0 && speakers[i - 1] && continues(context, spans[i - 1]!, spans[i]!, sentenceOf[i - 1]!, sentenceOf[i]!)) {
      speakers[i] = { key: speakers[i - 1]!.key, rule: "ANALYZE_QUOTE_CONTINUATION" };
    }
    if (speakers[i]) spoken(i);
  }
  return spans.map((span, i): Claim => {
    const speaker = speakers[i];
    const display = text.slice(span.start, span.end);
    const claim: Claim = {
      kind: "quote",
      key: `quote: ${speaker?.key ?? "unknown"}`,
      value: normalizeQuote(display),
      display,
      sentence: sentenceOf[i]!,
      span: { start: span.start, end: span.end },
      rule: speaker?.rule ?? "ANALYZE_QUOTE_UNATTRIBUTED",
    };
    if (speaker) claim.speaker = speaker.key;
    return claim;
  });
}

interface Context {
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  /** Whether an offset is inside a quotation. */
  insideQuote: (at: number) => boolean;
}

interface Speaker {
  key: string;
  rule: string;
}

/** How far from a quote a speaker's name may start (after the closing mark, or before the verb). */
const SPEAKER_WINDOW_CHARS = 60;
/** How far after a name its speech verb is looked for ("Aliyev, who had earlier accused …, said"). */
const VERB_WINDOW_CHARS = 140;

function findSpeaker(ctx: Context, span: QuoteSpan, sentenceIndex: number): Speaker | null {
  const { text, entities } = ctx;
  const sentence = ctx.sentences[sentenceIndex];
  // An attribution stays on the quote's line: the next line of a scraped page is another block.
  // Looked for within the attribution's reach only: on a one-line text a search to the end per quote was quadratic.
  const lineEnd = text.slice(span.close, span.close + ATTRIBUTION_CHARS).indexOf("\n");
  const afterEnd = Math.min(text.length, span.close + ATTRIBUTION_CHARS, lineEnd < 0 ? text.length : span.close + lineEnd);
  const after = text.slice(span.close, afterEnd);
  // 1. `“…,” X said`
  for (const m of mentionsIn(entities, span.close, Math.min(afterEnd, span.close + SPEAKER_WINDOW_CHARS))) {
    if (m.type === "place" || !AFTER_QUOTE_GAP_RE.test(text.slice(span.close, m.start))) continue;
    if (VERB_AT_START_RE.test(text.slice(m.end, m.end + VERB_WINDOW_CHARS))) return speakerOf(m, entities, "ANALYZE_QUOTE_AFTER_NAME_VERB");
  }
  const afterTrimmed = after.replace(/^[\s,]+/, "");
  const bareName = CAPITALISED_NAME_RE.exec(afterTrimmed);
  if (bareName && !NOT_A_NAME_RE.test(bareName[0]) && VERB_AT_START_RE.test(afterTrimmed.slice(bareName[0].length))) {
    return bareNameSpeaker(entities, bareName[1]!, "ANALYZE_QUOTE_AFTER_NAME_VERB");
  }
  // 2. `“…,” said X`
  const verbFirst = AFTER_QUOTE_VERB_FIRST_RE.exec(after);
  if (verbFirst) {
    const from = span.close + verbFirst[0].length;
    const named = firstSpeakerMention(ctx, from, Math.min(afterEnd, from + SPEAKER_WINDOW_CHARS));
    if (named) return speakerOf(named, entities, "ANALYZE_QUOTE_AFTER_VERB_NAME");
    const name = CAPITALISED_NAME_RE.exec(text.slice(from, from + SPEAKER_WINDOW_CHARS));
    if (name && !NOT_A_NAME_RE.test(name[0])) return bareNameSpeaker(entities, name[1]!, "ANALYZE_QUOTE_AFTER_VERB_NAME");
  }
  // 3. `“…,” he said`
  if (AFTER_QUOTE_PRONOUN_RE.test(after)) return pronounSpeaker(ctx, span.open, "ANALYZE_QUOTE_AFTER_PRONOUN");
  if (!sentence) return null;
  // 4. `X said: “…”`
  const before = text.slice(sentence.start, span.open);
  const verb = BEFORE_QUOTE_VERB_RE.exec(before);
  if (verb) {
    const verbAt = sentence.start + verb.index + (/^[^\p{L}]/u.test(verb[0]) ? 1 : 0);
    const subject = subjectBefore(ctx, sentence, verbAt);
    if (subject) return { key: subject.key, rule: "ANALYZE_QUOTE_BEFORE_VERB" };
  }
  // 5. `according to X, “…”`
  for (const m of mentionsIn(entities, sentence.start, sentence.end)) {
    if (m.type === "place" || ctx.insideQuote(m.start)) continue;
    if (ACCORDING_TO_RE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start))) return speakerOf(m, entities, "ANALYZE_QUOTE_ACCORDING_TO");
  }
  // 6. `X described Baku as a “…”`
  for (const m of mentionsIn(entities, sentence.start, sentence.end)) {
    if (m.type !== "person" || ctx.insideQuote(m.start)) continue;
    if (VERB_AT_START_RE.test(text.slice(m.end, m.end + VERB_WINDOW_CHARS))) return speakerOf(m, entities, "ANALYZE_QUOTE_SENTENCE_SPEAKER");
  }
  return null;
}

/** The subject of a speech verb at `verbAt`: a pronoun, a name with an adverb or appositive gap, else the nearest person. */
function subjectBefore(ctx: Context, sentence: Sentence, verbAt: number): Speaker | null {
  const { text, entities } = ctx;
  if (PRONOUN_BEFORE_VERB_RE.test(text.slice(sentence.start, verbAt))) return pronounSpeaker(ctx, verbAt, "ANALYZE_QUOTE_BEFORE_VERB");
  const candidates = mentionsIn(entities, sentence.start, verbAt).filter((m) => m.type !== "place" && m.end <= verbAt && !ctx.insideQuote(m.start));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i]!;
    if (SUBJECT_VERB_GAP_RE.test(text.slice(m.end, verbAt))) return speakerOf(m, entities, "ANALYZE_QUOTE_BEFORE_VERB");
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (candidates[i]!.type === "person") return speakerOf(candidates[i]!, entities, "ANALYZE_QUOTE_BEFORE_VERB");
  }
  return null;
}

function firstSpeakerMention(ctx: Context, from: number, to: number): EntityMention | null {
  let organization: EntityMention | null = null;
  for (const m of mentionsIn(ctx.entities, from, to)) {
    if (/[.!?;:“”"]/.test(ctx.text.slice(from, m.start))) break;
    if (m.type === "person") return m;
    if (m.type === "organization") organization ??= m;
  }
  return organization;
}

/**
 * "he"/"she": the nearest person named before `at`, outside quotations, unless an unnamed speaker
 * ("the mayor said") comes in between.
 */
function pronounSpeaker(ctx: Context, at: number, rule: string): Speaker | null {
  for (let i = lastMentionBefore(ctx.entities, at); i >= 0; i--) {
    const m = ctx.entities[i]!;
    if (m.type !== "person" || ctx.insideQuote(m.start)) continue;
    if (NOMINAL_SPEAKER_RE.test(ctx.text.slice(m.end, at))) return null;
    return speakerOf(m, ctx.entities, rule);
  }
  return null;
}

/** A speaker name read from the text: the article's own person mention with that name when there is one. */
function bareNameSpeaker(entities: EntityMention[], name: string, rule: string): Speaker {
  const key = entityKey(name, "person");
  const known = personIndexOf(entities).first(key);
  return { key: known ? fullPersonKey(known, entities) : key, rule };
}

function speakerOf(m: EntityMention, entities: EntityMention[], rule: string): Speaker {
  return { key: fullPersonKey(m, entities), rule };
}

/** The next quote continues the previous speaker's words: it opens the next sentence of the same paragraph, or the next paragraph. */
function continues(ctx: Context, previous: QuoteSpan, next: QuoteSpan, previousSentence: number, nextSentence: number): boolean {
  if (nextSentence - previousSentence !== 1) return false;
  const sentence = ctx.sentences[nextSentence];
  if (!sentence || /[\p{L}\p{N}]/u.test(ctx.text.slice(sentence.start, next.open))) return false;
  return next.open - previous.close < 400;
}

/** Mentions starting in [from, to), in text order. Entities are sorted by start. */
function mentionsIn(entities: EntityMention[], from: number, to: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = firstMentionFrom(entities, from); i < entities.length && entities[i]!.start < to; i++) out.push(entities[i]!);
  return out;
}

function firstMentionFrom(entities: EntityMention[], from: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastMentionBefore(entities: EntityMention[], at: number): number {
  return firstMentionFrom(entities, at) - 1;
}

/** Index of the sentence containing `at` (the last sentence starting at or before it). */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[found]?.index ?? 0;
}
