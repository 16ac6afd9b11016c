import type { Stated } from "../stated.js";
import { isTallyNoun } from "../../lexicons/tallies.js";
import { append, groupBy } from "../../group.js";

/**
 * Open counts read from their noun phrase ("all 317 precincts", "a 43-yard touchdown pass"): the
 * ones whose measure is only the words a report chose.
 */
const OPEN_COUNT_RULES: ReadonlySet<string> = new Set(["QTY_COUNT_NOUN", "FRAME_DISTANCE"]);
/**
 * A figure this large, not a multiple of ten and not a year, is rarely two things of one story by
 * chance: "317 precincts" and "317 districts" count one thing. Small and round figures ("12
 * children", "40 schools") often are two things, and stay apart.
 */
const DISTINCTIVE_MIN = 20;
const YEARS = { from: 1900, to: 2100 };

/**
 * FIGURE_SAME_VALUE: one distinctive figure that reports give under different nouns ("all 317
 * precincts" / "all 317 districts"; "a 43-yard touchdown pass" / "a 43-yard touchdown throw") is one
 * fact: its statements join the slot most reports use. Only open counts of one owner (or none) in
 * one unit join, never running tallies (an area burned, homes destroyed: a part may equal another
 * part by chance), and never where the join would set two figures of a slot against each other
 * that were not already. A slot that sets the figure against another keeps it, and the others join
 * it there.
 */
export function joinDistinctiveFigures(stated: Stated[]): Stated[] {
  const byValue = new Map<string, Stated[]>();
  for (const s of stated) {
    if (isOpenCount(s) && isDistinctive(s.value)) append(byValue, s.value, s);
  }
  if (byValue.size === 0) return stated;
  const compared = comparableValuesBySlot(stated);
  const moves = new Map<Stated, string>();
  for (const [value, group] of byValue) {
    const slots = groupBy(group, (s) => s.claim.key);
    if (slots.size < 2 || !oneOwnerAndUnit(group)) continue;
    // A slot that sets the figure against another keeps it: the others join that slot, or none does.
    const pinned = [...slots.keys()].filter((key) => (compared.get(key)?.size ?? 0) > 1);
    if (pinned.length > 1) continue;
    const target = pinned[0] ?? bestSlot(slots);
    if (![...slots].every(([key, members]) => key === target || joinsWithoutNewDispute(compared.get(target), members, value))) continue;
    for (const [key, members] of slots) if (key !== target) for (const s of members) moves.set(s, target);
  }
  if (moves.size === 0) return stated;
  return stated.map((s) => {
    const key = moves.get(s);
    return key ? { ...s, claim: { ...s.claim, key, measure: measureOf(key) } } : s;
  });
}

function isOpenCount(s: Stated): boolean {
  const { kind, rule, measure, key, valueType } = s.claim;
  if (kind !== "quantity" || !OPEN_COUNT_RULES.has(rule) || !measure) return false;
  if (valueType !== undefined && valueType !== "count") return false;
  return (key === measure || key.startsWith(`${measure}: `)) && !isTallyNoun(measure);
}

function isDistinctive(value: string): boolean {
  const n = Number(value);
  return Number.isInteger(n) && n >= DISTINCTIVE_MIN && n % 10 !== 0 && (n < YEARS.from || n > YEARS.to);
}

/** At most one owner among them (the others name none), and one unit. */
function oneOwnerAndUnit(group: Stated[]): boolean {
  const owners = new Set(group.flatMap((s) => (s.claim.owner ? [s.claim.owner] : [])));
  const units = new Set(group.map((s) => s.claim.unit ?? ""));
  return owners.size <= 1 && units.size === 1;
}

/** The slot most reports give the figure under; on a tie the fuller measure, then the first by name. */
function bestSlot(slots: Map<string, Stated[]>): string {
  const reports = (members: Stated[]) => new Set(members.map((s) => s.article.article.id)).size;
  return [...slots].sort(([a, x], [b, y]) => reports(y) - reports(x) || b.length - a.length || a.localeCompare(b))[0]![0];
}

/** The values each slot holds in statements that may be set against each other. */
function comparableValuesBySlot(stated: Stated[]): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  for (const s of stated) {
    if (s.claim.comparable === false) continue;
    const set = values.get(s.claim.key);
    if (set) set.add(s.value);
    else values.set(s.claim.key, new Set([s.value]));
  }
  return values;
}

/**
 * Statements of `value` join a slot without setting two figures against each other that were not
 * already: they may not be compared, or the slot compares no other figure, or it already holds this one.
 */
function joinsWithoutNewDispute(target: Set<string> | undefined, moving: Stated[], value: string): boolean {
  if (!target || target.has(value) || !moving.some((s) => s.claim.comparable !== false)) return true;
  return [...target].every((v) => v === value);
}

/** "touchdown yards: Ivo Kass" → "touchdown yards". */
function measureOf(key: string): string {
  const colon = key.indexOf(": ");
  return colon < 0 ? key : key.slice(0, colon);
}
