/**
 * A name followed by another name in brackets: "the Harvest League (Erntebund)", "The Harbour
 * Party (Die Hafener)". Where the bracket is no short name made of the name's initials (those are
 * definitions.ts's), it gives the same organisation's other name: its name in its own language,
 * or the name it is commonly called by. Reports of one story may use either, so both name one
 * thing (align/entities/aliases.ts links them, leaving out pairs where a person or a place is named).
 */
export interface OtherName {
  /** The name before the bracket, as written ("The Harbour Party"). */
  name: string;
  /** The name in the bracket, as written ("Die Hafener"). */
  other: string;
  /** Offsets of the two names in the text read. */
  nameStart: number;
  nameEnd: number;
  otherStart: number;
  otherEnd: number;
}

/** A bracket of one to three words right after a word: "(Erntebund)", "(Die Hafener)". */
const NAMED_BRACKET = /(\S)\s*\(([^()\d]{2,60})\)/gu;
/** A word of a name: a capital, then letters ("Erntebund", "Hafener", "Grün-Weiß"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** Lower-case words a name may hold inside: "Alliance for Westmark", "Party of the Future". */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "de", "du", "la", "der", "des", "del", "di"]);
/** Most words taken for the name before the bracket. */
const MAX_NAME_WORDS = 6;
const MAX_OTHER_WORDS = 3;

/** Every "Name (Other Name)" pair of a text. */
export function bracketedOtherNames(text: string): OtherName[] {
  const found: OtherName[] = [];
  // The pattern tries every word of a text; most reports have no bracket at all.
  if (!text.includes("(")) return found;
  for (const match of text.matchAll(NAMED_BRACKET)) {
    const inside = match[2]!;
    const words = inside.trim().split(/\s+/);
    // An acronym ("(HPL)") is a short name, read by definitions.ts; a bracket of lower-case
    // words is a remark, not a name.
    if (words.length > MAX_OTHER_WORDS || !words.every((w) => NAME_WORD.test(w))) continue;
    const open = match.index + match[0].indexOf("(");
    const before = nameBefore(text, match.index + 1);
    if (!before) continue;
    const otherStart = open + 1 + (inside.length - inside.trimStart().length);
    found.push({ ...before, other: words.join(" "), otherStart, otherEnd: otherStart + inside.trim().length });
  }
  return found;
}

/** The run of capitalised words (connectors inside) that ends at `end`, or null when it is none. */
function nameBefore(text: string, end: number): { name: string; nameStart: number; nameEnd: number } | null {
  const line = text.lastIndexOf("\n", end - 1) + 1;
  const words = [...text.slice(line, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: line + m.index }));
  const run: typeof words = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_NAME_WORDS; i--) {
    const word = words[i]!;
    const connector = CONNECTORS.has(word.text) && run.length > 0;
    if (!NAME_WORD.test(word.text) && !connector) break;
    // "the" is a name's own word only after another connector ("Party of the Future"); else it
    // opens the noun phrase the name stands in ("backed the Harbour Party").
    if (word.text === "the" && !CONNECTORS.has(words[i - 1]?.text ?? "")) break;
    run.unshift(word);
  }
  while (run.length > 0 && !NAME_WORD.test(run[0]!.text)) run.shift();
  if (run.length === 0) return null;
  const last = run.at(-1)!;
  return { name: run.map((w) => w.text).join(" "), nameStart: run[0]!.start, nameEnd: last.start + last.text.length };
}
