import type { Claim, Sentence } from "../../types.js";

/** How far after a figure the words that date it may come: "22.3 percent four years ago", "9.7 it won in the last elections". */
const AFTER_REACH = 45;

/** "… in 2027", "… four years ago", "… in the last general election": said right after the figure, before the clause ends. */
const DATED_AFTER = /^[^,;:.()]*?\b(?:in ((?:19|20)\d{2})\b|(?:\w+|\d+) years? (?:ago|earlier|before)\b|(?:in|at) the (?:last|previous|prior) (?:\w+ ){0,2}(?:elections?|vote|poll)\b)/i;
/** "(2027: 27.1 percent)": a year and a colon right before the figure, in brackets. */
const DATED_BEFORE = /\(\s*((?:19|20)\d{2})\s*:\s*$/;

/** "higher than 76.4 percent in 2027", "up from 12 in 2027": a figure set beside another as its baseline. */
const BASELINE_BEFORE = /\b(?:than|from|compared (?:with|to)|against)\s+(?:the\s+)?$/i;

/**
 * A figure the sentence dates to an earlier year or an earlier vote ("more than 76.4 percent in
 * 2027", "the 22.3 percent four years ago", "(2027: 27.1 percent)") is a comparison, not a figure
 * of the event: it would sit on the slot of this year's figure. A year is earlier than the year
 * the report was published (or of the day its sentence names, `published` then); with neither, a
 * year dates nothing unless the figure is a baseline ("higher than 76.4 percent in 2027").
 */
export function isEarlierFigure(claim: Claim, sentence: Sentence, published: string | undefined): boolean {
  const text = sentence.text;
  const [start, end] = [claim.span.start - sentence.start, claim.span.end - sentence.start];
  // A year in brackets before a figure only ever gives the last result beside this one.
  if (DATED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const after = DATED_AFTER.exec(text.slice(end, end + AFTER_REACH));
  if (!after) return false;
  const year = after[1];
  if (!year || BASELINE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const now = Number((published ?? "").slice(0, 4));
  return now > 0 && Number(year) < now;
}
