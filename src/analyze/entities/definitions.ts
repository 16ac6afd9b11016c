/**
 * Short names a report defines in brackets: "the Civic Alliance for Westmark (CAW)", "CAW
 * (Civic Alliance for Westmark)". A definition holds for every report of a story (align/aliases.ts),
 * and inside its own sentence it says where the full name starts and ends, when the entity finder
 * cut it in two ("Alliance" / "Westmark"): see analyze/frames/defined-names.ts.
 */
export interface Definition {
  short: string;
  full: string;
  /** Offsets of the full name in the text read, when it stands before the short name. */
  start?: number;
  end?: number;
}

/** A short name: two to ten letters, two of them capitals ("AfW", "CA/RP", "ICAO"). */
const SHORT_NAME = String.raw`[A-Z][A-Za-z&/.-]{1,9}`;
/** "Full Name (SN)". */
const SHORT_AFTER = new RegExp(String.raw`\((${SHORT_NAME})\)`, "g");
/** "SN (Full Name)". */
const SHORT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${SHORT_NAME})\s+\(([^()]{5,100})\)`, "gu");
/** How far before "(SN)" its full name is looked for. */
const REACH = 120;
/** Lower-case words a full name may hold: "Alliance for Westmark", "Party of the Future". */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "für", "de", "du", "la", "der", "des", "del", "di"]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’\/-]*$/u;
const QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/g;

/** Short names defined in brackets in a text, each with its full name as written. */
export function bracketDefinitions(text: string): Definition[] {
  const found: Definition[] = [];
  for (const match of text.matchAll(SHORT_AFTER)) {
    const from = Math.max(0, match.index - REACH);
    const full = nameEndingBefore(text.slice(from, match.index), match[1]!);
    if (full) found.push({ short: match[1]!, full: full.name, start: from + full.start, end: from + full.end });
  }
  for (const match of text.matchAll(SHORT_BEFORE)) {
    const words = match[2]!.trim().split(/\s+/).map((w) => w.replace(QUOTES, ""));
    if (words.every((w) => NAME_WORD.test(w) || CONNECTORS.has(w)) && isFullNameOf(words, match[1]!)) found.push({ short: match[1]!, full: words.join(" ") });
  }
  return found;
}

/**
 * The run of capitalised words (connectors allowed inside) that ends right before "(SN)", from
 * its first word with the short name's initial: "the far-right Alliance for Westmark (AfW)" →
 * "Alliance for Westmark"; "the director of the Civic Research Institute (CRI)" → "Civic
 * Research Institute". A person's name before a party's initials ("Ana Ruiz (CAW)") has another
 * initial and defines nothing.
 */
function nameEndingBefore(before: string, short: string): { name: string; start: number; end: number } | null {
  const words = [...before.matchAll(/\S+/g)].map((m) => ({ text: m[0].replace(QUOTES, ""), start: m.index + (m[0].length - m[0].replace(/^["“”'‘’«»]+/, "").length) }));
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
