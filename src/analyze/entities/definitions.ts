/**
 * Short names a report defines in brackets: "the Civic Alliance for Westmark (CAW)", "CAW
 * (Civic Alliance for Westmark)". A definition holds for every report of a story (align/entities/aliases.ts),
 * and inside its own sentence it says where the full name starts and ends, when the entity finder
 * cut it in two ("Alliance" / "Westmark"): see analyze/frames/owners/defined-names.ts.
 */
export interface Definition {
  short: string;
  full: string;
  /** Offsets of the full name in the text read, when it stands before the short name. */
  start?: number;
  end?: number;
}

/** A short name: two to ten letters, two of them capitals ("AfW", "CA/RP", "ICAO"). */
const SHORT_NAME = /^[A-Z][A-Za-z&/.-]{1,9}$/;
/** A bracket and what it holds: "(AfW)", "(Alliance for Westmark)". */
const BRACKET = /\(([^()]{2,100})\)/g;
/** How far before "(SN)" its full name is looked for. */
const REACH = 120;
/** How far before "(Full Name)" its short name is looked for. */
const SHORT_REACH = 14;
/** Lower-case words a full name may hold: "Alliance for Westmark", "Party of the Future". */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "für", "de", "du", "la", "der", "des", "del", "di"]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’\/-]*$/u;
const QUOTE_MARKS: ReadonlySet<string> = new Set([..."\"“”'‘’«»"]);

/** Short names defined in brackets in a text, each with its full name as written. */
export function bracketDefinitions(text: string): Definition[] {
  const found: Definition[] = [];
  for (const match of text.matchAll(BRACKET)) {
    const inside = match[1]!;
    if (SHORT_NAME.test(inside)) {
      // "Full Name (SN)".
      const from = Math.max(0, match.index - REACH);
      const full = nameEndingBefore(text.slice(from, match.index), inside);
      if (full) found.push({ short: inside, full: full.name, start: from + full.start, end: from + full.end });
      continue;
    }
    // "SN (Full Name)".
    const short = wordsOf(text.slice(Math.max(0, match.index - SHORT_REACH), match.index)).at(-1)?.text ?? "";
    const words = wordsOf(inside).map((w) => w.text);
    if (SHORT_NAME.test(short) && words.every((w) => NAME_WORD.test(w) || CONNECTORS.has(w)) && isFullNameOf(words, short)) found.push({ short, full: words.join(" ") });
  }
  return found;
}

/** The words of a text, without the quotes around them, each with where it starts. */
function wordsOf(text: string): { text: string; start: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    let [from, to] = [0, m[0].length];
    while (from < to && QUOTE_MARKS.has(m[0][from]!)) from++;
    while (to > from && QUOTE_MARKS.has(m[0][to - 1]!)) to--;
    return { text: m[0].slice(from, to), start: m.index + from };
  });
}

/**
 * The run of capitalised words (connectors allowed inside) that ends right before "(SN)", from
 * its first word with the short name's initial: "the far-right Alliance for Westmark (AfW)" →
 * "Alliance for Westmark"; "the director of the Civic Research Institute (CRI)" → "Civic
 * Research Institute". A person's name before a party's initials ("Ana Ruiz (CAW)") has another
 * initial and defines nothing.
 */
function nameEndingBefore(before: string, short: string): { name: string; start: number; end: number } | null {
  const words = wordsOf(before);
  const run: { text: string; start: number }[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!NAME_WORD.test(word.text) && !(CONNECTORS.has(word.text) && run.length > 0)) break;
    run.unshift(word);
  }
  const first = run.findIndex((w) => NAME_WORD.test(w.text) && w.text[0]!.toLowerCase() === short[0]!.toLowerCase());
  if (first < 0) return null;
  const name = run.slice(first);
  if (!isFullNameOf(name.map((w) => w.text), short)) return null;
  const last = name.at(-1)!;
  return { name: name.map((w) => w.text).join(" "), start: name[0]!.start, end: last.start + last.text.length };
}

/** Two words or more, the first with the short name's initial, and the short name has two capitals. */
function isFullNameOf(words: string[], short: string): boolean {
  const capitals = short.replace(/[^A-Z]/g, "").length;
  return words.length >= 2 && capitals >= 2 && NAME_WORD.test(words.at(-1)!) && words[0]![0]!.toLowerCase() === short[0]!.toLowerCase();
}
