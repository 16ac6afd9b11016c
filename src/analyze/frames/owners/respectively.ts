import type { EntityMention } from "../../../types.js";
import type { TaggedToken } from "../tagger.js";

/** Words that may join the items of a list: "A, B and C", "A and the B". */
const LIST_JOINS: ReadonlySet<string> = new Set([",", "and", "the"]);

/**
 * "The Harbour Party and the Valley League won 11.2% and 7.9% of the vote, respectively": the values of a list
 * belong, in order, to the names of the list before it. `values` are the token indexes of a
 * sentence's figures in order; the answer maps each figure of the last list of figures to its
 * name, when the sentence says "respectively" and a list of names before them is as long (the
 * last such list).
 */
export function respectiveOwners(tokens: readonly TaggedToken[], values: readonly number[], mentions: readonly EntityMention[]): Map<number, EntityMention> {
  const out = new Map<number, EntityMention>();
  if (values.length < 2 || !tokens.some((t) => t.lower === "respectively")) return out;
  const run = lastList(tokens, values);
  const names = namesListedBefore(tokens, tokens[run[0]!]!.start, mentions).findLast((list) => list.length === run.length);
  if (!names) return out;
  run.forEach((value, i) => out.set(value, names[i]!));
  return out;
}

/** The last figures of `values` that only list words join ("11.2% and 7.9%", "12%, 9% and 4%"). */
function lastList(tokens: readonly TaggedToken[], values: readonly number[]): number[] {
  const run = [values.at(-1)!];
  for (let v = values.length - 2; v >= 0; v--) {
    const between = tokens.slice(values[v]! + 1, run[0]!).filter((t) => !isValueWord(t));
    if (between.length === 0 || !between.every((t) => LIST_JOINS.has(t.lower))) break;
    run.unshift(values[v]!);
  }
  return run;
}

/** The sign or word of a percentage between two listed figures: "11.2 percent and 7.9 percent". */
function isValueWord(t: TaggedToken): boolean {
  return t.text === "%" || t.lower === "percent" || t.lower === "per" || t.lower === "cent";
}

/**
 * The runs of names before `before`, in order, that only list words join: "The Harbour Party and
 * the Valley League" (a name the clause goes on to, "… enter parliament", is a run of its own).
 */
function namesListedBefore(tokens: readonly TaggedToken[], before: number, mentions: readonly EntityMention[]): EntityMention[][] {
  const named = uniqueByKey(mentions.filter((m) => m.end <= before && m.type !== "person").sort((a, b) => a.start - b.start));
  const lists: EntityMention[][] = [];
  for (const name of named) {
    const last = lists.at(-1);
    if (last && onlyListWordsBetween(tokens, last.at(-1)!.end, name.start)) last.push(name);
    else lists.push([name]);
  }
  return lists;
}

function onlyListWordsBetween(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  const between = tokens.filter((t) => t.start >= from && t.end <= to);
  return between.length > 0 && between.every((t) => LIST_JOINS.has(t.lower));
}

/** Overlapping mentions of one name ("Valley League" inside "the Valley League Party") count once: the longest. */
function uniqueByKey(mentions: readonly EntityMention[]): EntityMention[] {
  const kept: EntityMention[] = [];
  for (const m of mentions) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
    } else kept.push(m);
  }
  return kept;
}
