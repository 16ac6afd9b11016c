/**
 * Scores the stories `check` found on the dev set against its gold standard. Stories come in
 * through the JSON contract (src/report/json.ts), with every article id already turned into the
 * dev set's file name, so these functions need nothing but values and file names.
 */
import type { GoldCompatible, GoldConflict, GoldFact } from "./real-data.js";
import { valuesMatch } from "./real-match.js";

/** A value with the reports behind it: a fact, a conflict's position, an update's step. */
export interface Stated {
  value: string;
  display: string;
  /** Files of the reports behind it (their quotes are checked elsewhere). */
  files: string[];
  /** A fact's slot, for diagnostics. */
  key?: string;
}

export interface ScoredConflict {
  key: string;
  kind?: string;
  positions: Stated[];
}

export interface ScoredStory {
  files: string[];
  facts: Stated[];
  conflicts: ScoredConflict[];
  updates: { key: string; steps: Stated[] }[];
}

/**
 * Kinds of conflict the JSON contract has carried: none (a dispute), "contradiction", or the claim
 * kind of older versions. Any other kind (an update, a rounding...) is not a dispute.
 */
const DISPUTE_KINDS = new Set(["contradiction", "quantity", "date", "place", "route", "entity", "quote", "statement"]);

export function isDispute(conflict: ScoredConflict): boolean {
  return conflict.kind === undefined || DISPUTE_KINDS.has(conflict.kind);
}

/** A gold value and, where the gold says, the files that state it. */
export interface GoldValue {
  value: string;
  files?: string[];
}

export function goldValues(conflict: GoldConflict): GoldValue[] {
  return Object.entries(conflict.values).map(([value, files]) => ({ value, files }));
}

export function compatibleValues(compatible: GoldCompatible): GoldValue[] {
  return compatible.values.map((value) => ({ value }));
}

/** The stated value matches the gold value and, when the gold names files, one of them is behind it. */
export function statedMatches(gold: GoldValue, stated: Stated): boolean {
  if (!valuesMatch(gold.value, stated.value) && !valuesMatch(gold.value, stated.display)) return false;
  return !gold.files || stated.files.some((file) => gold.files!.includes(file));
}

/** Two different stated values matching two different gold values: the pair of gold values, or null. */
export function matchingPair(stated: Stated[], gold: GoldValue[]): [GoldValue, GoldValue] | null {
  for (const [i, a] of stated.entries()) {
    for (const [j, b] of stated.entries()) {
      if (i === j) continue;
      for (const x of gold) {
        if (!statedMatches(x, a)) continue;
        const y = gold.find((other) => other !== x && statedMatches(other, b));
        if (y) return [x, y];
      }
    }
  }
  return null;
}

/** A gold fact is found when one fact states its value with min(2, its sources) of its sources behind it. */
export function factFound(gold: GoldFact, facts: Stated[]): boolean {
  const needed = Math.min(2, gold.sources.length);
  return facts.some(
    (fact) =>
      (valuesMatch(gold.value, fact.value) || valuesMatch(gold.value, fact.display)) &&
      new Set(fact.files.filter((file) => gold.sources.includes(file))).size >= needed,
  );
}

/** The verdict on one gold difference, by its kind. */
export function judgeGoldConflict(gold: GoldConflict, disputes: ScoredConflict[], updates: ScoredStory["updates"]): "FOUND" | "MISSED" | "RAISED AS DISPUTE" | "KEPT OUT" {
  const values = goldValues(gold);
  const raised = disputes.some((c) => matchingPair(c.positions, values));
  switch (gold.kind) {
    case "contradiction":
      return raised ? "FOUND" : "MISSED";
    case "update":
      if (raised) return "RAISED AS DISPUTE";
      return updates.some((u) => matchingPair(u.steps, values)) ? "FOUND" : "MISSED";
    default:
      return raised ? "RAISED AS DISPUTE" : "KEPT OUT";
  }
}

export type DisputeVerdict =
  | { verdict: "MATCH contradiction" | "MATCH kind"; gold: GoldConflict; values: [GoldValue, GoldValue] }
  | { verdict: "COMPATIBLE"; gold: GoldCompatible; values: [GoldValue, GoldValue] }
  | { verdict: "UNMATCHED" };

/** What a raised dispute corresponds to in its event's gold: a contradiction first, then any difference, then values that agree. */
export function judgeDispute(dispute: ScoredConflict, conflicts: GoldConflict[], compatible: GoldCompatible[]): DisputeVerdict {
  const ordered = [...conflicts.filter((c) => c.kind === "contradiction"), ...conflicts.filter((c) => c.kind !== "contradiction")];
  for (const gold of ordered) {
    const values = matchingPair(dispute.positions, goldValues(gold));
    if (values) return { verdict: gold.kind === "contradiction" ? "MATCH contradiction" : "MATCH kind", gold, values };
  }
  for (const gold of compatible) {
    const values = matchingPair(dispute.positions, compatibleValues(gold));
    if (values) return { verdict: "COMPATIBLE", gold, values };
  }
  return { verdict: "UNMATCHED" };
}

/** The event most of a story's reports belong to, near misses aside; null for a story of near misses only. */
export function storyEvent(files: string[], eventOf: (file: string) => string | undefined): string | null {
  const counts = new Map<string, number>();
  for (const file of files) {
    const event = eventOf(file);
    if (event) counts.set(event, (counts.get(event) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [event, count] of counts) if (best === null || count > counts.get(best)!) best = event;
  return best;
}
