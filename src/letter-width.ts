/**
 * Word scanners that run over every report's text (clustering's words and shingles, the
 * named-fact hint) read characters in place, not with a Unicode pattern over the whole text:
 * `matchAll`, `match` and `split` with `\p{L}` cost several times a loop that tests only
 * characters beyond ASCII with the pattern.
 */
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** How many code units the letter (`\p{L}`) at `at` takes: 1, 2 for a surrogate pair, 0 when there is none. */
export function letterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  return code >= 128 ? widthMatching(text, at, LETTER) : 0;
}

/** As letterWidth, for a letter or a number (`[\p{L}\p{N}]`). */
export function alphanumericWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1;
  return code >= 128 ? widthMatching(text, at, LETTER_OR_NUMBER) : 0;
}

/** The width of the character at `at` beyond ASCII (a whole surrogate pair) when `pattern` matches it, else 0. */
function widthMatching(text: string, at: number, pattern: RegExp): number {
  const code = text.charCodeAt(at);
  const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return pattern.test(text.slice(at, at + width)) ? width : 0;
}
