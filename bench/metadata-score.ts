/**
 * Metadata accuracy against a benchmark's annotation: a title, a date and an author string per
 * page, each counted only on pages whose annotation has it.
 *   - title: equal after folding case, quotes, dashes and spacing;
 *   - date: the same calendar day;
 *   - author: every name word we give is in the annotation, and we give at least half of the
 *     annotation's name words (credentials such as "MD" or "Ph.D." are not name words), so one
 *     author of three fails and "Jane Doe" for "Jane Doe, MD" passes.
 */

export function titleMatches(truth: string, predicted: string | null | undefined): boolean {
  return !!predicted && foldTitle(truth) === foldTitle(predicted);
}

export function dateMatches(truth: string, predicted: string | null | undefined): boolean {
  return !!predicted && predicted.slice(0, 10) === truth.slice(0, 10);
}

export function authorMatches(truth: string, predicted: readonly string[]): boolean {
  const given = predicted.flatMap(nameWords);
  if (given.length === 0) return false;
  const expected = new Set(nameWords(truth));
  const all = new Set(words(truth));
  if (!given.every((word) => all.has(word))) return false;
  const found = [...expected].filter((word) => given.includes(word)).length;
  return found * 2 >= expected.size;
}

function foldTitle(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐-―−]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.!?:;,]+$/, "")
    .trim();
}

const CONNECTORS: ReadonlySet<string> = new Set(["and", "by", "with", "&"]);

function words(text: string): string[] {
  return (text.normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((word) => word.toLowerCase().replace(/[.]+$/, ""));
}

/** Words of names: not connectors, not credentials ("MD", "RD", "Ph.D", "CFP"). */
function nameWords(text: string): string[] {
  const raw = text.normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return raw
    .filter((word) => !/^[\p{Lu}.]{2,6}$/u.test(word) || /^\p{Lu}\p{Ll}/u.test(word))
    .filter((word) => !/\p{Ll}\.\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase().replace(/[.]+$/, ""))
    .filter((word) => !CONNECTORS.has(word));
}
