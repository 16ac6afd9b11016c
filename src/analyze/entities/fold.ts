/**
 * Spelling folds for entity keys: transliteration variants of names ("Aliyev"/"Aliev",
 * "Zelensky"/"Zelenskyy"/"Zelenskiy", "Rakhmon"/"Rahmon") and British/American spellings of
 * common name words ("Defence"/"Defense"). Each rule maps both spellings to one folded form; the
 * folded form is only a key, never shown to a reader.
 */

/**
 * Letters that Unicode normalisation does not decompose but that Latin transliterations write
 * plainly: "Əliyev" → "eliyev", "Łódź" → "lodz", "Øresund" → "oresund".
 */
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  "ə": "e", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ŀ": "l",
};
const UNDECOMPOSED_RE = /[əıłøđðþßæœŀ]/g;
const NON_ASCII_RE = /[^\x00-\x7f]/;

/**
 * Letter groups that romanisations write differently, folded in one left-to-right pass:
 * dzh/j (Dzhokhar, Jokhar), kh/h (Rakhmon, Rahmon), sch/sh, ph/f (Yusuph, Yusuf), ck/k,
 * ou/u (Yousef, Yusef), iy/i (Aliyev, Aliev; Dmitriy, Dmitri).
 * Source: the Russian/Central Asian, Arabic and Persian romanisations that differ between outlets
 * (BGN/PCGN vs. AP style vs. a passport spelling). Kept small on purpose: every fold also merges
 * two real names that differ only there.
 */
const LETTER_GROUPS: Readonly<Record<string, string>> = { dzh: "j", kh: "h", sch: "sh", ph: "f", ck: "k", ou: "u", iy: "i" };
const LETTER_GROUP_RE = /dzh|kh|sch|ph|ck|ou|iy/g;
/** Yevgeny / Evgeny. */
const INITIAL_YE_RE = /^ye/;
/** Mayer / Maier: y between vowels. Runs after "iy" so Aliyev and Aliev meet at "aliev". */
const VOWEL_Y_VOWEL_RE = /([aeiou])y(?=[aeiou])/g;
/** Mohammed / Mohamed, Zelenskyy / Zelensky. */
const DOUBLED_LETTER_RE = /([a-z])\1+/g;
/** Dmitry / Dmitri, Grozny / Groznyy (after doubled letters collapse). */
const FINAL_Y_RE = /([^aeiou])y$/;

/** British → American spellings of words that recur in organisation and place names. */
const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ["defence", "defense"], ["organisation", "organization"], ["centre", "center"], ["labour", "labor"],
  ["programme", "program"], ["harbour", "harbor"], ["neighbour", "neighbor"], ["honour", "honor"],
  ["theatre", "theater"],
]);

/** Lower-case, accent-free form: decomposes accents and maps letters Unicode keeps whole. */
export function stripAccents(lower: string): string {
  if (!NON_ASCII_RE.test(lower)) return lower;
  return lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED_LETTERS[ch] ?? ch);
}

/** Fold one lower-case, accent-free token of a name (rules above, in order). Tokens without letters pass through. */
export function foldNameToken(token: string): string {
  let folded = token;
  if (LETTER_GROUP_RE.test(folded)) {
    LETTER_GROUP_RE.lastIndex = 0;
    folded = folded.replace(LETTER_GROUP_RE, (group) => LETTER_GROUPS[group] ?? group);
  }
  LETTER_GROUP_RE.lastIndex = 0;
  if (folded.charCodeAt(0) === 121 /* y */) folded = folded.replace(INITIAL_YE_RE, "e");
  if (folded.includes("y")) folded = folded.replace(VOWEL_Y_VOWEL_RE, "$1i");
  folded = folded.replace(DOUBLED_LETTER_RE, "$1");
  if (folded.charCodeAt(folded.length - 1) === 121) folded = folded.replace(FINAL_Y_RE, "$1i");
  return folded;
}

/** Fold a common word's spelling variant ("defence" → "defense"); other words pass through. */
export function foldSpelling(token: string): string {
  return SPELLING_VARIANTS.get(token) ?? token;
}
