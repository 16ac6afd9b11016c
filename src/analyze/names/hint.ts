import { letterWidth } from "../../letter-width.js";
import { NAME_HEADS_AFTER, NAME_HEADS_BEFORE, NAME_HEADS_BEFORE_OF } from "../../lexicons/name-heads.js";

/** Words that may start a named fact: the heads of names, naming verbs, "by" of an agent, investigators. */
const CUES: ReadonlySet<string> = new Set([
  ...NAME_HEADS_AFTER.keys(), ...NAME_HEADS_BEFORE.keys(), ...NAME_HEADS_BEFORE_OF.keys(),
  "winds", "named", "dubbed", "called", "codenamed", "code-named", "nicknamed", "titled", "christened", "known", "by",
  "investigators", "inspectors", "investigating", "investigation", "founded", "co-founded", "cofounded", "founder", "co-founder", "cofounder",
]);

/**
 * Whether a sentence may hold a named fact: one of CUES, or an appositive (", a", ", an", ", the").
 * A cheap test on the text, so that only such sentences are tagged.
 */
export function mayHoldName(text: string): boolean {
  if (text.includes(", a ") || text.includes(", an ") || text.includes(", the ")) return true;
  const lower = text.toLowerCase();
  for (let at = 0; at < lower.length; ) {
    const end = wordEnd(lower, at);
    if (end === at) {
      at++;
      continue;
    }
    const word = lower.slice(at, end);
    if (CUES.has(word) || (word.endsWith("s") && CUES.has(word.slice(0, -1)))) return true;
    at = end;
  }
  return false;
}

/** The end of the run of letters and hyphens from `at` (`at` itself when there is none): the words of `split(/[^\p{L}-]+/u)`, read in place. */
function wordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const width = text.charCodeAt(end) === 45 ? 1 : letterWidth(text, end);
    if (width === 0) return end;
    end += width;
  }
}
