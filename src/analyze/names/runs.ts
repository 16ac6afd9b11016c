import type { TaggedToken } from "../frames/tagger.js";

/** Words that open a sentence or a clause in capitals without being part of a name. */
const OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "as", "when", "while", "from", "this", "its", "his", "her", "their"]);

/** A word of a proper name: capitalised, not punctuation, not a sentence's or clause's opening word. */
export function isCapitalised(token: TaggedToken, at: number): boolean {
  const first = token.text[0]!;
  if (first === first.toLowerCase() || token.pos === "PUNCT") return false;
  return !(OPENERS.has(token.lower) && (at === 0 || token.pos === "DET" || token.pos === "ADP" || token.pos === "CCONJ" || token.pos === "PRON"));
}

/** Lower-case particles inside names: "Universidad Central de Osk", "Banco do Norte". */
const PARTICLES: ReadonlySet<string> = new Set(["de", "del", "da", "do", "dos", "das", "di", "della", "des", "du", "la", "le"]);

/** The end (exclusive) of the run of name words from `at`; `at` itself when none starts there. */
export function capitalisedRun(tokens: readonly TaggedToken[], at: number): number {
  let end = at;
  for (;;) {
    while (end < tokens.length && isCapitalised(tokens[end]!, end)) end++;
    // A particle joins the name only between two of its words.
    if (end === at || !PARTICLES.has(tokens[end]?.text ?? "") || !tokens[end + 1] || !isCapitalised(tokens[end + 1]!, end + 1)) return end;
    end++;
  }
}

/** Every run of name words of a sentence, as token ranges. */
export function nameRuns(tokens: readonly TaggedToken[]): { first: number; end: number }[] {
  const runs: { first: number; end: number }[] = [];
  for (let k = 0; k < tokens.length; ) {
    const end = capitalisedRun(tokens, k);
    if (end > k) runs.push({ first: k, end });
    k = Math.max(end, k + 1);
  }
  return runs;
}
