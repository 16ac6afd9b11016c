import type { Stated } from "./stated.js";

/**
 * A figure given with its bare noun ("72 yards") is the same fact as that figure given with a
 * fuller measure of the same noun elsewhere in the story ("72 rushing yards"), when exactly one
 * fuller measure of that noun carries that value: the bare statement joins it. A bare figure no
 * fuller measure shares stays on its own (it may count any of them).
 */
export function joinBareMeasures(stated: Stated[]): Stated[] {
  const fuller = new Map<string, Set<string>>();
  for (const s of stated) {
    const words = openMeasureWords(s);
    if (!words || words.length < 2) continue;
    const id = `${words.at(-1)}\u0000${s.claim.owner ?? ""}\u0000${s.value}`;
    fuller.set(id, (fuller.get(id) ?? new Set()).add(s.claim.key));
  }
  return stated.map((s) => {
    const words = openMeasureWords(s);
    if (!words || words.length !== 1) return s;
    const keys = fuller.get(`${words[0]}\u0000${s.claim.owner ?? ""}\u0000${s.value}`);
    if (!keys || keys.size !== 1) return s;
    const [key] = keys;
    return { ...s, claim: { ...s.claim, key: key!, measure: measureOf(key!) } };
  });
}

/**
 * The words of an open count's measure ("rushing yard"), or null for any other claim. Its slot is
 * the measure, or the measure and its owner ("rushing yard: Tom Briar") when the story gives the
 * measure for several owners.
 */
function openMeasureWords(s: Stated): string[] | null {
  const { rule, key, measure } = s.claim;
  if (rule !== "QTY_COUNT_NOUN" || !measure || (key !== measure && !key.startsWith(`${measure}: `))) return null;
  return measure.split(" ");
}

/** "rushing yard: Tom Briar" → "rushing yard". */
function measureOf(key: string): string {
  const colon = key.indexOf(": ");
  return colon < 0 ? key : key.slice(0, colon);
}
