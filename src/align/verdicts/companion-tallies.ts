import { isEvolvingSlot, onlyGrows } from "./slots.js";
import type { Stated } from "../stated.js";
import { append } from "../../group.js";

/*
 * What the other moving tallies a figure is given beside (in its sentence) tell of when it was
 * counted: two reports that give the same companion figure counted at one moment; companions that
 * moved with it mark two moments; tallies that only grow and moved apart mark a misstatement.
 */

/** The statements of the highest figure among `said` (all of them when they are not figures). */
export function highest(said: Stated[]): Stated[] {
  const top = Math.max(...said.map((s) => Number(s.value)));
  return Number.isFinite(top) ? said.filter((s) => Number(s.value) === top) : said;
}

/**
 * "Six killed and 21 wounded" against "six killed and 24 injured": two figures each given in
 * one sentence beside the same figure of another moving tally (a toll), which both reports state
 * alike, were counted at the same moment (one briefing, one statement): they cannot be two steps
 * of a tally. A figure that never moves (a quake's magnitude) dates nothing.
 */
export function sameMoment(a: Stated[], b: Stated[]): boolean {
  const ofA = besideFigures(a);
  return [...besideFigures(b)].some(([slot, values]) => values.some((v) => ofA.get(slot)?.includes(v)));
}

/**
 * "Six killed and 21 wounded" against "at least 19 killed and 37 injured": when the other
 * moving tally each report gives beside its figure, in the same sentence, differs too, and moved
 * the same way, the two were counted at two moments: the higher pair is the later count.
 */
export function companionMoved(a: Stated[], b: Stated[]): boolean {
  return someCompanionMoved(a, b, "with", () => true);
}

/**
 * "31 children and 22 adults" against "17 children and 36 adults": two tallies that only grow,
 * given side by side in one sentence, that moved opposite ways between two reports are no two
 * counts of one event (the later count would be higher in both): the reports misstate them, and
 * each difference is a contradiction, whenever either was published.
 */
export function movedApart(key: string, a: Stated[], b: Stated[]): boolean {
  if (a[0]!.claim.kind !== "quantity" || !onlyGrows(key)) return false;
  return someCompanionMoved(a, b, "against", onlyGrows);
}

/**
 * Whether some companion tally (of the slots `counted` takes) moved `way` ("with" the figure or
 * "against" it) between `a` and `b`. Any one that did counts, whatever the others did: asking only
 * the first that moved would make the answer hang on the order the sentences name them in.
 */
function someCompanionMoved(a: Stated[], b: Stated[], way: "with" | "against", counted: (slot: string) => boolean): boolean {
  const [x, y] = [Number(highest(a)[0]!.value), Number(highest(b)[0]!.value)];
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === y) return false;
  const ofB = besideFigures(b);
  for (const [slot, values] of besideFigures(a)) {
    const others = ofB.get(slot);
    if (!others || !counted(slot)) continue;
    const [p, q] = [Math.max(...values), Math.max(...others)];
    if (p !== q && (p > q === x > y) === (way === "with")) return true;
  }
  return false;
}

/**
 * The figures of other moving tallies (a toll beside the injured) given in the sentences of
 * `said`, by slot; "killed: citizen" and "killed" are one slot's figure, told of people in other
 * words, but two groups of one tally ("the dead include 52 adults and 19 children") are two figures.
 */
function besideFigures(said: Stated[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of said) {
    for (const c of s.article.claims) {
      if (c.sentence !== s.claim.sentence || c.kind !== "quantity" || !isEvolvingSlot(c.key)) continue;
      const slot = baseSlot(c.key) !== baseSlot(s.claim.key) ? baseSlot(c.key) : otherGroup(c.key, s.claim.key);
      const value = Number(c.value);
      if (slot && Number.isFinite(value)) append(out, slot, value);
    }
  }
  return out;
}

/** "killed: child" beside "killed: adult": another group's figure of the same tally, by its slot. */
function otherGroup(key: string, own: string): string | undefined {
  return key !== own && key.includes(":") && own.includes(":") ? key : undefined;
}

function baseSlot(key: string): string {
  return key.split(":")[0]!.trim();
}
