import type { Sentence } from "../../../types.js";

/**
 * Words that give a figure as an early estimate a later count replaces: an exit poll, a
 * projection, preliminary or provisional results, the first figures of a toll. ("Forecast" is
 * left out: it is mostly the weather's.)
 */
const PROVISIONAL = new RegExp(
  [
    String.raw`\bexit[- ]polls?\b`, String.raw`\bprojections?\b`, String.raw`\bprojected\b`, String.raw`\bpreliminary\b`,
    String.raw`\bprovisional(?:ly)?\b`, String.raw`\binitially\b`,
    String.raw`\b(?:initial|early|first|partial)\s+(?:reports?|figures?|counts?|estimates?|tolls?|results?|returns?|tall(?:y|ies))\b`,
  ].join("|"),
  "gi",
);
/** "As projected, the Civic Union won 33.6%", "higher than projected": the result set against the estimate. */
const COMPARED = /\b(?:as|than)\s+(?:\w+\s+)?$/i;
/** A sentence that ends as prose does: a list item under a lead-in does not. */
const PROSE_END = /[.!?]["”’)\]]?$/;

/**
 * The sentences whose figures are provisional: those that say so, and the items of a list a
 * provisional lead-in opens ("Projected shares:" then "Union — 31%" line by line), up to the
 * first sentence written as prose again.
 */
export function provisionalSentences(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  let leadIn = false;
  for (const sentence of sentences) {
    const text = sentence.text.trim();
    const own = [...text.matchAll(PROVISIONAL)].some((m) => !COMPARED.test(text.slice(0, m.index)));
    const prose = PROSE_END.test(text);
    if (own || (leadIn && !prose)) out.add(sentence.index);
    if (text.endsWith(":")) leadIn = own;
    else if (prose) leadIn = false;
  }
  return out;
}
