/**
 * A pattern's skeleton for the ReDoS checker: every group that is a long alternation of plain
 * words (a lexicon: `(?:said|told|warned|…)`) keeps only its two longest and two shortest words.
 * A finite set of literal words cannot itself backtrack without bound; what matters is how its
 * words overlap what comes around them, and the kept words stand for those overlaps. Without this
 * the checker's automaton for lexicon patterns outgrows its time limit.
 */

const LONG_ALTERNATION = 6;
/** Characters that make a branch more than a plain word (escapes are allowed: "\\s", "\\.", "\\p{L}" are not). */
const SYNTAX = new Set(["(", ")", "[", "]", "*", "+", "?", "{", "}"]);

export function skeleton(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    if (source[i] === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (source[i] === "[") {
      const close = classEnd(source, i);
      out += source.slice(i, close + 1);
      i = close + 1;
    } else {
      const group = source.startsWith("(?:", i) ? plainAlternation(source, i + 3) : null;
      out += group ? `(?:${shorten(group.branches).join("|")})` : source[i];
      i = group ? group.end + 1 : i + 1;
    }
  }
  return out;
}

/** The index of the "]" that closes the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length - 1;
}

/** The branches of a group whose body (from `start`) is words separated by "|", up to its ")". */
function plainAlternation(source: string, start: number): { branches: string[]; end: number } | null {
  const branches: string[] = [];
  let branch = "";
  for (let i = start; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      if (source[i + 1] === "p" || source[i + 1] === "P" || source[i + 1] === "u") return null;
      branch += source.slice(i, i + 2);
      i++;
    } else if (char === "|") {
      branches.push(branch);
      branch = "";
    } else if (char === ")") {
      branches.push(branch);
      return branches.length >= LONG_ALTERNATION ? { branches, end: i } : null;
    } else if (SYNTAX.has(char)) {
      return null;
    } else {
      branch += char;
    }
  }
  return null;
}

function shorten(branches: string[]): string[] {
  const byLength = [...branches].sort((a, b) => b.length - a.length);
  return [...new Set([...byLength.slice(0, 2), ...byLength.slice(-2)])];
}
