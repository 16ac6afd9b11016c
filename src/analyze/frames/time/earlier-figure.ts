import type { Claim, Sentence } from "../../../types.js";
import { parseCount } from "../values/index.js";

/** How far after a figure the words that date it may come: "22.3 percent four years ago", "9.7 it won in the last elections". */
const AFTER_REACH = 45;

/** "… in 2027", "… four years ago", "… in the last general election": said right after the figure, before the clause ends. */
const DATED_AFTER = /^[^,;:.()]*?\b(?:in ((?:19|20)\d{2})\b|(\w+|\d+) years? (?:ago|earlier|before)\b|(?:in|at) the (?:last|previous|prior) (?:\w+ ){0,2}(?:elections?|vote|poll)\b)/i;
/** "(2027: 27.1 percent)", "(Election 2027: 27.1 percent)": a year and a colon right before the figure, in brackets. */
const DATED_BEFORE = /\(\s*(?:\p{L}+\s+)?((?:19|20)\d{2})\s*:\s*$/u;

/** "higher than 73.2 percent in 2027", "up from 12 in 2027": a figure set beside another as its baseline. */
const BASELINE_BEFORE = /\b(?:than|from|compared (?:with|to)|against)\s+(?:the\s+)?$/i;

/** "(2027: 27.1 percent)": the figure starting at `start` of `text` is an earlier year's result, set in brackets beside this one. */
export function isBracketedEarlier(text: string, start: number): boolean {
  return bracketedYear(text, start) !== undefined;
}

/** The year in brackets right before the figure starting at `start` ("(2027: "), if any. */
function bracketedYear(text: string, start: number): number | undefined {
  const bracketed = DATED_BEFORE.exec(text.slice(Math.max(0, start - BRACKET_REACH), start));
  return bracketed ? Number(bracketed[1]) : undefined;
}

/** How far before a figure its bracketed year is read: "(Election 2027: ". */
const BRACKET_REACH = 24;

/** A figure of an earlier time: the year it held for when the sentence gives one. */
export interface EarlierFigure {
  year?: number;
  /** Set beside a figure before it as its baseline ("higher than 73.2 percent in 2027", "(2027: 12.5%)"): it measures what that figure does. */
  baseline: boolean;
}

/**
 * A figure the sentence dates to an earlier year or an earlier vote ("more than 73.2 percent in
 * 2027", "the 22.3 percent four years ago", "(2027: 27.1 percent)") is a comparison, not a figure
 * of the event: it would sit on the slot of this year's figure. A year is earlier than the year
 * the report was published (or of the day its sentence names, `published` then); with neither, a
 * year dates nothing unless the figure is a baseline ("higher than 73.2 percent in 2027"). The
 * year it held for, when the sentence gives it or counts it back from the report's year ("four
 * years ago"); null for a figure of the event itself.
 */
export function earlierFigure(claim: Claim, sentence: Sentence, published: string | undefined): EarlierFigure | null {
  const text = sentence.text;
  const [start, end] = [claim.span.start - sentence.start, claim.span.end - sentence.start];
  const now = Number((published ?? "").slice(0, 4));
  // A year in brackets before a figure only ever gives the last result beside this one.
  const bracketed = bracketedYear(text, start);
  if (bracketed !== undefined) return { year: bracketed, baseline: true };
  const after = DATED_AFTER.exec(text.slice(end, end + AFTER_REACH));
  if (!after) return null;
  const [, year, yearsBack] = after;
  const baseline = BASELINE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const back = yearsBack === undefined ? undefined : parseCount(yearsBack);
  if (!year) return back !== undefined && now > 0 ? { year: now - back, baseline } : { baseline };
  if (baseline) return { year: Number(year), baseline };
  return now > 0 && Number(year) < now ? { year: Number(year), baseline } : null;
}

const PERCENT = /%|\bper ?cent\b/i;

/**
 * The figure a baseline is set beside: the last figure before it in its sentence that is, like it,
 * a percentage or not ("turnout reached 79.5 percent, 6 points higher than 73.2 percent in 2027":
 * the turnout, not the points).
 */
export function comparedFigure(claim: Claim, sentenceClaims: readonly Claim[]): Claim | undefined {
  const percent = PERCENT.test(claim.display);
  return sentenceClaims
    .filter((c) => c.kind === "quantity" && c.span.end <= claim.span.start && PERCENT.test(c.display) === percent)
    .sort((a, b) => a.span.end - b.span.end)
    .at(-1);
}

/**
 * An earlier figure on its own slot, the year in its key ("share (2027)"), as the count finder keys
 * an earlier event's toll ("killed (2017)"): reports that give the last result agree on it, and it
 * is never set against this one. A baseline measures what the figure it is set beside measures,
 * and is that figure's owner's (`compared`). Without a year, or a frame of its own with no owner
 * to say whose it was, nothing is left to check: null.
 */
export function ofEarlierTime(claim: Claim, earlier: EarlierFigure, compared: Claim | undefined): Claim | null {
  if (earlier.year === undefined) return null;
  const base = earlier.baseline ? compared : claim;
  if (!base || (!earlier.baseline && !claim.owner)) return null;
  const key = `${base.key} (${earlier.year})`;
  const { owner: _owner, ...unowned } = claim;
  return { ...unowned, key, measure: key, ...(base.owner ? { owner: base.owner } : {}), ...(base.valueType ? { valueType: base.valueType } : {}), rule: `${claim.rule}+FRAME_EARLIER_FIGURE` };
}
