import type { Sentence } from "../types.js";
import { NON_TERMINAL_ABBREVIATIONS } from "../lexicons/abbreviations.js";

/**
 * A sentence ends at . ! ? (or …) followed by optional closing quotes/brackets, then white space,
 * then something that can open a sentence. Paragraph breaks always end a sentence.
 */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
const PARAGRAPH_BREAK = /\n\s*\n/g;
/**
 * No sentence is longer than this: a longer run without a sentence end (a table flattened into
 * one line, a pasted list) is cut into pieces at white space, so that every finder's work per
 * sentence stays bounded and the whole analysis grows with the text, not with its longest run.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Split `text` into sentences whose offsets index into `text` itself. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphRanges(text)) {
    for (const [s, e] of sentenceRanges(text, start, end)) {
      for (const [pieceStart, pieceEnd] of boundedPieces(text, s, e)) {
        const trimmed = trimRange(text, pieceStart, pieceEnd);
        if (trimmed) {
          sentences.push({ index: sentences.length, start: trimmed[0], end: trimmed[1], text: text.slice(trimmed[0], trimmed[1]) });
        }
      }
    }
  }
  return sentences;
}

function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges;
}

function sentenceRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  const paragraph = text.slice(start, end);
  let from = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (!isSentenceEnd(paragraph, match.index, match[0])) continue;
    ranges.push([start + from, start + stop]);
    from = stop;
  }
  ranges.push([start + from, end]);
  return ranges;
}

/** A period after an abbreviation, an initial or inside a number does not end a sentence. */
function isSentenceEnd(paragraph: string, at: number, mark: string): boolean {
  if (!mark.startsWith(".") || mark.startsWith("..")) return true;
  const before = paragraph.slice(Math.max(0, at - 12), at);
  const word = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital letter ("J. Smith") is an initial, unless it is the pronoun-like "I".
  if (/^\p{Lu}$/u.test(word) && word !== "I") return false;
  // Dotted acronyms such as "U.S." end a sentence only before a clear sentence opener; keep them inside.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

/** [start, end) cut at white space into pieces of at most MAX_SENTENCE_CHARS (hard cuts where there is none). */
function boundedPieces(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !/\s/.test(text[cut - 1]!)) cut--;
    if (cut === start + MAX_SENTENCE_CHARS / 2) cut = start + MAX_SENTENCE_CHARS;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, end]);
  return pieces;
}

function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}
