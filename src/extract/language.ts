import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Language identification with eld (offline n-grams). The medium database loads in about the
 * same time as the small one here (≈0.45 s, once per process) and is more accurate on short text.
 * It is loaded on the first question, not on import: most runs of `extract` never ask one, and a
 * CLI that loads it up front pays that time even for --help. (require of an ES module: Node ≥ 20.19.)
 * Detection costs ≈30 µs for 120 characters, ≈55 µs for 300, ≈70 µs for 600, ≈85 µs for 1,000
 * and then levels off (measured on this machine), so callers sample text instead of passing whole
 * pages, and the text cleaner asks about single lines only when they are long and suspicious.
 */

/**
 * Enough text for a stable answer (about 80 words of prose); more only costs time. Language ID is
 * the largest single cost of extracting a short text report, so this is kept small.
 */
export const LANGUAGE_SAMPLE_CHARS = 500;
/** Per-line checks read this much of a line (tickers declare their language in a few headlines). */
export const LINE_LANGUAGE_SAMPLE_CHARS = 200;
/** Below this, n-gram identification is a guess: answer "und". */
const MIN_DETECTABLE_CHARS = 20;

type Detector = typeof import("eld/medium").eld;
let detector: Detector | null = null;

function eld(): Detector {
  if (!detector) {
    const require = createRequire(import.meta.url);
    detector = (require(fileURLToPath(import.meta.resolve("eld/medium"))) as typeof import("eld/medium")).eld;
  }
  return detector;
}

/** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  if (sample.trim().length < MIN_DETECTABLE_CHARS) return "und";
  return eld().detect(sample).language || "und";
}

/** The language of one line, or "und" unless eld calls the answer reliable. */
export function detectLineLanguage(text: string): string {
  const sample = text.slice(0, LINE_LANGUAGE_SAMPLE_CHARS);
  if (sample.length < MIN_DETECTABLE_CHARS) return "und";
  const result = eld().detect(sample);
  return result.isReliable() ? result.language || "und" : "und";
}
