import {
  ELECTION_CONTEXT_WORDS, ELECTION_VERBS, PARTY_NAME_ENDINGS, TURNOUT_WINDOW, TURNOUT_WORDS,
} from "../lexicons/quantity-slots.js";
import type { Token } from "./claim-tokens.js";
import { entityKey } from "./entity-key.js";

/** Longest candidate or party name read before its share ("the Social Democratic Party of Germany"). */
const MAX_NAME_WORDS = 5;
/** Capitalised words that open a sentence or a clause and are not a name. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "with", "after", "while", "it", "he", "she", "they",
]);

/** Whether the sentence speaks of voting, so a percentage or a count can be a share, votes or seats. */
export function isElectionSentence(tokens: readonly Token[]): boolean {
  return tokens.some((token) => ELECTION_CONTEXT_WORDS.has(token.lower));
}

/** "turnout was 62%", "a turnout of 62 percent", "62% turnout". */
export function isTurnout(tokens: readonly Token[], phraseStart: number, phraseEnd: number): boolean {
  if (TURNOUT_WORDS.has(tokens[phraseEnd]?.lower ?? "")) return true;
  for (let k = phraseStart - 1; k >= Math.max(0, phraseStart - TURNOUT_WINDOW); k--) {
    const token = tokens[k]!;
    if (token.kind === "num" || (token.kind === "punct" && token.text !== ",")) return false;
    if (TURNOUT_WORDS.has(token.lower)) return true;
  }
  return false;
}

/**
 * The candidate or party a share, vote count or seat count belongs to, as an entity key, or null:
 * "Smith won 52%", "Labour took 412 seats", "Smith, with 52%", "Smith (52%)", "52% for Smith",
 * "52% of the vote went to Smith".
 */
export function findCandidate(tokens: readonly Token[], phraseStart: number, phraseEnd: number): string | null {
  let k = phraseStart - 1;
  if (tokens[k]?.text === "(") k--;
  else if (tokens[k]?.lower === "with" || tokens[k]?.lower === "on") {
    k--;
    if (tokens[k]?.text === ",") k--;
  } else if (ELECTION_VERBS.has(tokens[k]?.lower ?? "")) {
    k--;
    if (tokens[k]?.lower === "has" || tokens[k]?.lower === "had" || tokens[k]?.lower === "have") k--;
    if (tokens[k]?.lower === "who" && tokens[k - 1]?.text === ",") k--; // "Sandu, who received 42%"
    if (tokens[k]?.text === ",") k--; // "her rival, Tomas Keller, received …"
  } else k = -1;
  const left = k >= 0 ? nameEndingAt(tokens, k) : null;
  if (left) return left;
  let r = phraseEnd;
  if (tokens[r]?.lower === "of") {
    r++;
    if (tokens[r]?.lower === "the") r++;
    if (/^(?:vote|votes|ballots|ballot)$/.test(tokens[r]?.lower ?? "")) r++;
  }
  if (tokens[r]?.lower === "went" && tokens[r + 1]?.lower === "to") r += 2;
  else if (tokens[r]?.lower === "for") r++;
  else return null;
  if (tokens[r]?.lower === "the") r++;
  return nameStartingAt(tokens, r);
}

function nameEndingAt(tokens: readonly Token[], end: number): string | null {
  let start = end;
  while (start - 1 >= 0 && end - start + 1 < MAX_NAME_WORDS && tokens[start - 1]!.kind === "word" && tokens[start - 1]!.cap) start--;
  while (start <= end && NOT_NAME_WORDS.has(tokens[start]!.lower)) start++;
  return nameOf(tokens, start, end);
}

function nameStartingAt(tokens: readonly Token[], start: number): string | null {
  let end = start;
  if (!tokens[start]?.cap) return null;
  while (end + 1 < tokens.length && end - start + 1 < MAX_NAME_WORDS && tokens[end + 1]!.kind === "word" && tokens[end + 1]!.cap) end++;
  return nameOf(tokens, start, end);
}

function nameOf(tokens: readonly Token[], start: number, end: number): string | null {
  if (start > end) return null;
  const words = tokens.slice(start, end + 1);
  if (!words.every((t) => t.kind === "word" && t.cap)) return null;
  const surface = words.map((t) => t.text.replace(/['’]s$/u, "")).join(" ");
  const last = words[words.length - 1]!.lower;
  return entityKey(surface, PARTY_NAME_ENDINGS.has(last) ? "organization" : "person");
}
