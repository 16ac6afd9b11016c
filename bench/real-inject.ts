/**
 * Plant a contradiction in one real report: a number that several reports share, changed in that
 * report only. Deterministic: the number's first mention after the title, changed by a fixed rule.
 */
import { numbersIn, type NumberMention } from "./real-match.js";

export interface Planted {
  text: string;
  /** The mention as the report wrote it, and what it now says. */
  from: string;
  to: string;
  /** The new number, as a value `valuesMatch` compares. */
  value: number;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** A different plausible value: a small count moves by three, anything else by a quarter. */
export function changedNumber(n: number, decimals: number): number {
  if (Number.isInteger(n) && n <= 20) return n + 3;
  const changed = n * 1.25;
  return decimals > 0 ? Number(changed.toFixed(decimals)) : Math.round(changed);
}

/** Where the body starts: after a " date …" line and the title line. */
export function bodyStart(text: string): number {
  let offset = 0;
  for (let skipped = 0; skipped < 2; ) {
    const end = text.indexOf("\n", offset);
    if (end < 0) return text.length;
    const line = text.slice(offset, end).trim();
    offset = end + 1;
    if (!line) continue;
    if (!/^date\b/i.test(line)) skipped = 2;
  }
  return offset;
}

/**
 * Change the first mention of `target` in the body of `text`, written as the report wrote it
 * (words stay words where a word exists; digits keep their thousands commas and scale word).
 * Null if the body never states it.
 */
export function plantNumber(text: string, target: number): Planted | null {
  const start = bodyStart(text);
  const mention = numbersIn(text).find((m) => m.start >= start && m.value === target);
  if (!mention) return null;
  const from = text.slice(mention.start, mention.end);
  const rewritten = rewrite(from, mention);
  return { text: text.slice(0, mention.start) + rewritten.text + text.slice(mention.end), from, to: rewritten.text, value: rewritten.value };
}

function rewrite(written: string, mention: NumberMention): { text: string; value: number } {
  if (mention.style === "words") {
    const value = changedNumber(mention.value, 0);
    const word = WORDS[value] ?? String(value);
    return { text: /^[A-Z]/.test(written) ? word[0]!.toUpperCase() + word.slice(1) : word, value };
  }
  // "1,200" / "1.2 million": change the digits, keep the scale word after them.
  const digits = /^[\d,.]+/.exec(written)![0];
  const scaleWord = written.slice(digits.length);
  const number = Number(digits.replace(/,/g, ""));
  const decimals = digits.includes(".") ? digits.split(".")[1]!.length : 0;
  const changed = changedNumber(number, decimals);
  const scale = number === 0 ? 1 : mention.value / number;
  const text = digits.includes(",") ? changed.toLocaleString("en-US", { minimumFractionDigits: decimals }) : changed.toFixed(decimals);
  return { text: text + scaleWord, value: Math.round(changed * scale * 1e6) / 1e6 };
}
