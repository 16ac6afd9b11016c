import type { Stated } from "../stated.js";
import { opensWithQuality } from "../../analyze/index.js";

/**
 * "41 eligible delegates" in one report and "39 delegates" in another: a count whose measure is
 * its noun with one word before it, in a story where that is the only such narrowing of the noun
 * and no report gives both the bare noun and the narrowed one, counts what the bare noun counts
 * in the other reports: it joins the bare slot, where the two figures are set against each other.
 * A story that narrows the noun two ways ("military sites", "civilian sites"), or a report that
 * gives both ("nine sites, three of them military sites"), counts parts: nothing joins.
 */
export function joinNarrowedMeasures(stated: Stated[]): Stated[] {
  const bareReports = new Map<string, Set<string>>();
  const narrowings = new Map<string, Set<string>>();
  const narrowedReports = new Map<string, Set<string>>();
  for (const s of stated) {
    const words = openMeasure(s);
    if (!words) continue;
    const id = s.article.article.id;
    if (words.length === 1) bareReports.set(words[0]!, (bareReports.get(words[0]!) ?? new Set()).add(id));
    if (words.length !== 2) continue;
    narrowings.set(words[1]!, (narrowings.get(words[1]!) ?? new Set()).add(s.claim.measure!));
    narrowedReports.set(s.claim.measure!, (narrowedReports.get(s.claim.measure!) ?? new Set()).add(id));
  }
  const joins = new Map<string, string>();
  for (const [head, measures] of narrowings) {
    const bare = bareReports.get(head);
    const [measure] = measures;
    if (!bare || measures.size !== 1 || [...narrowedReports.get(measure!)!].some((id) => bare.has(id))) continue;
    if (stated.every((s) => s.claim.measure !== measure || narrowsByQuality(s))) joins.set(measure!, head);
  }
  if (joins.size === 0) return stated;
  return stated.map((s) => {
    const head = openMeasure(s) && joins.get(s.claim.measure!);
    return head ? { ...s, claim: { ...s.claim, key: head, measure: head } } : s;
  });
}

/** "eligible delegates", not "crew members": the word before the noun is an adjective or participle. */
function narrowsByQuality(s: Stated): boolean {
  const sentence = s.article.sentences[s.claim.sentence];
  return sentence !== undefined && opensWithQuality(sentence.text, s.claim.span.end - sentence.start);
}

/** The words of an open count's measure when its slot is the measure alone (no owner, no place), else null. */
function openMeasure(s: Stated): string[] | null {
  const { rule, key, measure, comparable } = s.claim;
  if (rule !== "QTY_COUNT_NOUN" || !measure || key !== measure || comparable === false) return null;
  return measure.split(" ");
}
