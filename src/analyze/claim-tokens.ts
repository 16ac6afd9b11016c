import type { Sentence } from "../types.js";
import type { FinderInput } from "./finder-input.js";

/**
 * Word-level tokens of a sentence, shared by the quantity, date and place finders so each
 * sentence is tokenized once per article (cached on the `sentences` array of the input).
 */
export interface Token {
  text: string;
  lower: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  kind: "num" | "word" | "punct";
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Bit set of the lexicon roles of the lower-case word (see `defineTokenRole`). */
  roles: number;
}

/**
 * Lexicon roles: each finder declares, at module load, the words its scan can start at
 * ("from" for routes, month names for dates …) and gets one bit. Tokenization looks each word up
 * once and stores the bits, so every finder skips the other tokens with one AND instead of
 * its own hash lookup (six scans of every token were a third of the cost of the finders).
 * Call it at module top level only: tokens cached before a role exists do not carry it.
 */
const ROLE_BY_WORD = new Map<string, number>();
let nextRoleBit = 1;

export function defineTokenRole(words: Iterable<string>): number {
  const bit = nextRoleBit;
  if (bit > 1 << 30) throw new Error("defineTokenRole: more than 31 roles");
  nextRoleBit <<= 1;
  for (const word of words) ROLE_BY_WORD.set(word, (ROLE_BY_WORD.get(word) ?? 0) | bit);
  return bit;
}

/**
 * Tokens: digits with internal separators ("1,200", "2.5", "09.10"); words with internal
 * apostrophes, hyphens and dots ("thirty-eight", "Azerbaijan’s", "Moscow-bound", "a.m"); any
 * other single non-space character. A trailing period is never part of a word, so "Dec." is
 * "Dec" + ".". A hand-written scanner: this runs on every sentence of every report and a
 * Unicode regex with `matchAll` cost five times as much.
 */
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const WHITE = /\s/u;

/** Character classes of the scanner. */
const CharClass = { Digit: 0, Letter: 1, Space: 2, Other: 3 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

function classify(code: number, text: string, at: number): CharClass {
  if (code >= 97 && code <= 122) return CharClass.Letter;
  if (code >= 65 && code <= 90) return CharClass.Letter;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if (code === 32 || code === 10 || code === 9 || code === 13) return CharClass.Space;
  if (code < 128) return CharClass.Other;
  const char = text[at]!;
  if (LETTER.test(char)) return CharClass.Letter;
  return WHITE.test(char) ? CharClass.Space : CharClass.Other;
}

/** Characters that may join two parts of one word: apostrophes, hyphen, dot. */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 8217 || code === 45 || code === 46;
}

/**
 * A cache of one entry, keyed by the identity of an article's `sentences` array: the finders run
 * one after another on one article, so the last article is the only one worth keeping. (A
 * WeakMap cost more in garbage collection than the tokenizing it saved.)
 */
export class LastArticleCache<T> {
  static readonly #all: LastArticleCache<unknown>[] = [];
  #key: object | undefined;
  #value: T | undefined;
  constructor(private readonly compute: (input: FinderInput) => T) {
    LastArticleCache.#all.push(this);
  }

  /**
   * Forget every article's cached values, once its analysis is done: a long report's tokens are
   * several times the size of its text, and would otherwise be held until the next report.
   */
  static releaseAll(): void {
    for (const cache of LastArticleCache.#all) {
      cache.#key = undefined;
      cache.#value = undefined;
    }
  }

  get(input: FinderInput): T {
    if (this.#key !== input.sentences || this.#value === undefined) {
      this.#value = this.compute(input);
      this.#key = input.sentences;
    }
    return this.#value;
  }
}

const tokenCache = new LastArticleCache((input) => input.sentences.map((sentence) => tokenizeSentence(sentence)));

/** Tokens of every sentence of the input, by sentence index (computed once per article). */
export function tokensOf(input: FinderInput): Token[][] {
  return tokenCache.get(input);
}

const sentenceRoleCache = new LastArticleCache((input) =>
  tokensOf(input).map((tokens) => {
    let roles = 0;
    for (const token of tokens) roles |= token.roles;
    return roles;
  }),
);

/** The union of the roles of each sentence's tokens: a finder skips a sentence with none of its words. */
export function sentenceRolesOf(input: FinderInput): number[] {
  return sentenceRoleCache.get(input);
}

export function tokenizeSentence(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const text = sentence.text;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const cls = classify(code, text, i);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    let end = i + 1;
    let kind: Token["kind"] = "punct";
    // Lower-casing is skipped for words seen to be plain lower-case ASCII (most words).
    let plain = true;
    if (cls === CharClass.Digit) {
      kind = "num";
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c >= 48 && c <= 57) end++;
        else if ((c === 44 || c === 46) && end + 1 < length && isDigit(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
    } else if (cls === CharClass.Letter) {
      kind = "word";
      plain = code >= 97 && code <= 122;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c >= 97 && c <= 122) end++;
        else if (classify(c, text, end) === CharClass.Letter) {
          plain = false;
          end++;
        } else if (isWordJoiner(c) && end + 1 < length && isWordChar(text, end + 1)) {
          if (c > 127) plain = false;
          end += 2;
          if (!(text.charCodeAt(end - 1) >= 97 && text.charCodeAt(end - 1) <= 122)) plain = false;
        } else break;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      end = i + 2; // a surrogate pair is one character
    }
    const value = text.slice(i, end);
    const start = sentence.start + i;
    const cap = kind === "word" && (code >= 65 && code <= 90 ? true : code >= 128 ? UPPER.test(text[i]!) : false);
    const lower = kind === "word" && !plain ? value.toLowerCase() : value;
    // A hyphenated word also has the roles of its first part ("magnitude-6.4", "thirty-eight").
    const dash = kind === "word" ? lower.indexOf("-") : -1;
    const roles = kind === "num" ? 0 : (ROLE_BY_WORD.get(lower) ?? 0) | (dash > 0 ? ROLE_BY_WORD.get(lower.slice(0, dash)) ?? 0 : 0);
    tokens.push({ text: value, lower, start, end: start + value.length, kind, cap, roles });
    i = end;
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** After a joiner inside a word: a letter or a digit ("COVID-19"). */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isDigit(code) || classify(code, text, at) === CharClass.Letter;
}

/** Two tokens touch (no space between): "MH17", "1.5bn", "6.1-magnitude". */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Whether the tokens from `at` spell the lower-case words of `phrase` ("on board"). */
export function matchesWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k]?.lower !== words[k]) return false;
  }
  return true;
}

/** A lookup from first word to the word sequences (longest first) of a phrase list. */
export function indexPhrases<T>(phrases: readonly (readonly [string, T])[]): Map<string, { words: string[]; value: T }[]> {
  const index = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of phrases) {
    const words = phrase.split(" ");
    const list = index.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0]!, list);
  }
  return index;
}

/** The longest phrase of `index` that starts at token `at`, if any. */
export function matchPhrase<T>(
  tokens: readonly Token[],
  at: number,
  index: ReadonlyMap<string, { words: string[]; value: T }[]>,
): { words: string[]; value: T } | undefined {
  const candidates = index.get(tokens[at]?.lower ?? "");
  if (!candidates) return undefined;
  return candidates.find((candidate) => matchesWords(tokens, at, candidate.words));
}

/** Index of the first token at or after character offset `offset` (tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
