/**
 * Quoted passages of a text: “…”, "…", «…», and ‘…’ where the marks cannot be apostrophes.
 * One pass over the quote marks only; spans are the text inside the marks, trimmed of spaces and
 * of a trailing comma (which belongs to the attribution: “…,” she said).
 */

export interface QuoteSpan {
  /** The quoted text, inside the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end for a quote that runs on. */
  close: number;
}

const QUOTE_MARK_RE = /["“”«»‘’]/g;
const PARAGRAPH_BREAK = "\n\n";
/** Before an opening straight or single quote: the start, a space, or an opening bracket or dash. */
const OPENER_CONTEXT_RE = /[\s([{—–\-/“"]/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Minimum words for a quotation: shorter ones are scare quotes or names ("tragic incident",
 * "reliable", “Operation Dawn”) and say nothing checkable on their own.
 */
export const QUOTE_MIN_WORDS = 4;

/** Every quoted passage of QUOTE_MIN_WORDS words or more, in text order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openDouble = -1;
  let openSingle = -1;
  QUOTE_MARK_RE.lastIndex = 0;
  for (let match = QUOTE_MARK_RE.exec(text); match !== null; match = QUOTE_MARK_RE.exec(text)) {
    const at = match.index;
    const mark = match[0];
    if (openDouble >= 0 && crossesParagraph(text, openDouble, at)) {
      // A quote left open at a paragraph's end runs on to the next paragraph's opening mark (news convention).
      if (/["“«]/.test(mark) && startsParagraph(text, at)) push(spans, text, openDouble, paragraphEnd(text, openDouble), true);
      openDouble = -1;
    }
    if (openSingle >= 0 && crossesParagraph(text, openSingle, at)) openSingle = -1;
    switch (mark) {
      case "“":
      case "«":
        openDouble = at;
        openSingle = -1;
        break;
      case "”":
      case "»":
        if (openDouble >= 0) push(spans, text, openDouble, at + 1, false);
        openDouble = -1;
        openSingle = -1;
        break;
      case '"':
        if (openDouble >= 0) {
          push(spans, text, openDouble, at + 1, false);
          openDouble = -1;
          openSingle = -1;
        } else if (at === 0 || OPENER_CONTEXT_RE.test(text[at - 1]!) || LETTER_RE.test(text[at + 1] ?? "")) {
          openDouble = at;
        }
        break;
      case "‘":
        if (openDouble < 0 && (at === 0 || OPENER_CONTEXT_RE.test(text[at - 1]!))) openSingle = at;
        break;
      case "’":
        // A closing single quote is not followed by a letter (that would be an apostrophe: "don’t", "Russia’s").
        if (openSingle >= 0 && !LETTER_RE.test(text[at + 1] ?? "") && !/\s/.test(text[at - 1] ?? " ")) {
          push(spans, text, openSingle, at + 1, false);
          openSingle = -1;
        }
        break;
    }
  }
  return spans;
}

function push(spans: QuoteSpan[], text: string, open: number, close: number, runsOn: boolean): void {
  let start = open + 1;
  let end = runsOn ? close : close - 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (countWords(text, start, end) < QUOTE_MIN_WORDS) return;
  spans.push({ start, end, open, close });
}

/**
 * Words between the marks, up to QUOTE_MIN_WORDS. Searched in the span alone: searched in the whole
 * text, a span with no word ran on to the next word past it, and a run of marks with none between
 * them (a mangled attribute: thousands of '"') cost the square of its length.
 */
function countWords(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  let count = 0;
  WORD_RE.lastIndex = 0;
  for (let match = WORD_RE.exec(span); match !== null; match = WORD_RE.exec(span)) {
    if (++count >= QUOTE_MIN_WORDS) return count;
  }
  return count;
}

function crossesParagraph(text: string, from: number, to: number): boolean {
  const breaks = paragraphBreaks(text);
  const next = breaks[firstAtOrAfter(breaks, from)];
  return next !== undefined && next < to;
}

/**
 * Offsets of the text's paragraph breaks, found once per text: searching the text from each quote
 * mark to the next break read a one-paragraph text once per mark.
 */
let lastBreaks: { text: string; breaks: number[] } | null = null;

function paragraphBreaks(text: string): number[] {
  if (lastBreaks?.text !== text) {
    const breaks: number[] = [];
    for (let at = text.indexOf(PARAGRAPH_BREAK); at >= 0; at = text.indexOf(PARAGRAPH_BREAK, at + 1)) breaks.push(at);
    lastBreaks = { text, breaks };
  }
  return lastBreaks.breaks;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function paragraphEnd(text: string, from: number): number {
  const index = text.indexOf(PARAGRAPH_BREAK, from);
  return index < 0 ? text.length : index;
}

function startsParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n";
}

/** The comparable form of a quote: lower case, accents, apostrophes and punctuation removed, spaces folded. */
export function normalizeQuote(quote: string): string {
  return quote
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
