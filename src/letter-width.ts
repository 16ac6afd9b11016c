/**
 * Word scanners that run over every report's text (clustering's words, the named-fact hint) read
 * letters in place, not with a Unicode pattern over the whole text: `matchAll` and `split` with
 * `\p{L}` cost several times a loop that tests only letters beyond ASCII with the pattern.
 */
const LETTER = /\p{L}/u;

/** How many code units the letter (`\p{L}`) at `at` takes: 1, 2 for a surrogate pair, 0 when there is none. */
export function letterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  // ASCII other than letters, or past the end (NaN).
  if (!(code >= 128)) return 0;
  const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return LETTER.test(text.slice(at, at + width)) ? width : 0;
}
