/**
 * Ordinals as news writes them: a word ("second", "tenth") or digits with a suffix ("143rd"). "First"
 * and "last" are left out: "the first time", "the first quarter", "his last match" are turns of
 * phrase far more often than a checkable rank.
 */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10],
]);

const SUFFIXED = /^(\d{1,4})(?:st|nd|rd|th)$/i;

/** The number an ordinal word or "143rd" stands for; undefined for anything else, "first" included. */
export function ordinalValue(word: string): number | undefined {
  const suffixed = SUFFIXED.exec(word);
  if (suffixed) return Number(suffixed[1]) > 1 ? Number(suffixed[1]) : undefined;
  return ORDINAL_WORDS.get(word.toLowerCase());
}

/** For a regular expression: the ordinal words, and digits with a suffix. */
export const ORDINAL_PATTERN = `(?:${[...ORDINAL_WORDS.keys()].join("|")}|\\d{1,4}(?:st|nd|rd|th))`;
