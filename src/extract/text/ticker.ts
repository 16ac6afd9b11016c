import { detectLanguage, detectLineLanguage, LANGUAGE_SAMPLE_CHARS } from "../language.js";
import { endsWithSentence, isBodyLike, isHeadlineLike, isKept, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import {
  HEAD_TICKER_RUN_MIN,
  PROSE_CHARS_PER_SENTENCE_END,
  TICKER_CAPITALIZED_RATIO,
  TICKER_MIN_CHARS,
} from "./thresholds.js";
import { isArticleList } from "./runs.js";
import { findRepeatedTail, laterTexts } from "./title.js";

/**
 * Headline tickers: other stories' headlines run together, either glued on one long line or as
 * a stack of headline lines above the article. A glued ticker is told from prose by its lack of
 * sentence ends plus Title Case, or by a language that is not the page's (a Spanish ticker over
 * an English report). Language ID runs only on these few suspicious long lines.
 */
export function markTickers(lines: Line[], options: { glued: boolean; headRun: boolean }): void {
  if (options.glued) markGluedTickers(lines);
  if (options.headRun) markHeadTickerRun(lines);
}

const CAPITALIZED = /^["“‘(«]?\p{Lu}/u;

function markGluedTickers(lines: Line[]): void {
  let mainLanguage: string | undefined;
  let laterText: ((index: number) => string) | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isKept(line) || !isTickerCandidate(line)) continue;
    laterText ??= laterTexts(lines);
    if (findRepeatedTail(line.text, laterText(i)) !== -1) continue; // headline + standfirst, see title.ts
    if (line.sentenceEnds === 0 && capitalizedRatio(line.text) >= TICKER_CAPITALIZED_RATIO) {
      line.rule = RULE.TICKER;
      continue;
    }
    mainLanguage ??= detectMainLanguage(lines, line);
    const language = detectLineLanguage(line.text);
    if (mainLanguage !== "und" && language !== "und" && language !== mainLanguage) line.rule = RULE.TICKER;
  }
}

/** Long, with far fewer sentence ends than prose of that length would have. */
function isTickerCandidate(line: Line): boolean {
  return line.text.length >= TICKER_MIN_CHARS && line.sentenceEnds * PROSE_CHARS_PER_SENTENCE_END < line.text.length;
}

function capitalizedRatio(text: string): number {
  const words = text.split(" ");
  return words.filter((word) => CAPITALIZED.test(word)).length / words.length;
}

/** The page's language, read from its sentence-shaped lines other than the suspect. */
function detectMainLanguage(lines: readonly Line[], suspect: Line): string {
  let sample = "";
  for (const line of lines) {
    if (line === suspect || !isKept(line) || !endsWithSentence(line.text) || !isBodyLike(line)) continue;
    sample += `${line.text}\n`;
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  return detectLanguage(sample);
}

/**
 * A stack of headline lines above the first paragraph; the last one is kept as the likely title.
 * Only for scraped text: when HTML metadata names the title, the lines the HTML extractor found
 * above the first paragraph are the article's own (headings, standfirst, short intro lines).
 */
function markHeadTickerRun(lines: Line[]): void {
  let run: Line[] = [];
  for (const line of lines) {
    if (!isKept(line)) continue;
    if (isBodyLike(line)) break;
    if (isHeadlineLike(line)) {
      run.push(line);
      continue;
    }
    if (run.length >= HEAD_TICKER_RUN_MIN) break;
    run = [];
  }
  if (run.length < HEAD_TICKER_RUN_MIN || isArticleList(run)) return;
  for (const line of run.slice(0, -1)) line.rule = RULE.TICKER;
}
