import type { Bucket } from "./buckets.js";
import { statementsCompatible, type StoryContext } from "./compatibility.js";
import type { Stated } from "../stated.js";
import { append } from "../../group.js";

/** Other owners' figures two reports must give alike to be read off one count. */
const SAME_COUNT_SIBLINGS = 2;

/**
 * "31.2% for one party, 18.4% for another, 11.2% for a third" against "31.2%, 18.4% and 13.9%":
 * two reports that give the same figures for two or more other owners of one measure (other
 * parties' shares, other groups of a toll), and no other owner's figure that differs, read one
 * count (one set of results, one briefing). Where they differ on one more owner, one of them
 * misstates it: that is no earlier count of a tally that moved, whenever either was published.
 * Returns a test of a slot ("share: Ostpartei") and two reports.
 */
export function siblingFiguresAgree(slots: Map<string, Bucket[]>, context: StoryContext): (key: string, x: string, y: string) => boolean {
  const byMeasure = new Map<string, string[]>();
  for (const key of slots.keys()) {
    const colon = key.indexOf(": ");
    if (colon > 0) append(byMeasure, key.slice(0, colon), key);
  }
  const said = (key: string, id: string): Stated[] =>
    (slots.get(key) ?? []).flatMap((b) => b.stated.filter((s) => s.article.article.id === id && s.claim.kind === "quantity" && s.claim.comparable !== false));
  return (key, x, y) => {
    const colon = key.indexOf(": ");
    if (colon <= 0) return false;
    let alike = 0;
    for (const sibling of byMeasure.get(key.slice(0, colon)) ?? []) {
      if (sibling === key) continue;
      const [a, b] = [said(sibling, x), said(sibling, y)];
      if (a.length === 0 || b.length === 0) continue;
      if (a.some((s) => b.some((t) => s.value === t.value))) alike++;
      else if (a.every((s) => b.every((t) => !statementsCompatible(s, t, context)))) return false;
    }
    return alike >= SAME_COUNT_SIBLINGS;
  };
}
