/**
 * Contradiction benchmark. For every story set (the seeds and each example), and for every value
 * that two or more independent reports agree on (a count, a date, a place, a person's name), change
 * that value in one report only, run `check`, and ask:
 *  - recall: did a conflict name that report with the planted value?
 *  - precision: of the conflicts that were not there before the change, how many are the planted one?
 * A value only one report gives cannot be contradicted by anyone, so it is not planted.
 */
import { checkDocuments, type CheckResult } from "../src/pipeline.js";
import { canConflict } from "../src/align/verdicts/index.js";
import type { AlignedStory, Claim, RawDocument } from "../src/types.js";
import { loadStorySets } from "./story-sets.js";
import { plantChange, type Mutation } from "./mutate.js";
import { NO_TIME_LIMIT } from "./no-time-limit.js";

interface Tally {
  planted: number;
  detected: number;
}

const byKind = new Map<string, Tally>();
let newConflicts = 0;
let plantedFound = 0;
let skipped = 0;
let baselineConflicts = 0;

for (const set of await loadStorySets()) {
  const baseline = await checkDocuments(set.documents, { budget: NO_TIME_LIMIT });
  baselineConflicts += baseline.stories.reduce((n, s) => n + s.conflicts.length, 0);
  const before = new Set(baseline.stories.flatMap(conflictSignatures));
  let serial = 0;
  for (const aligned of baseline.stories) {
    for (const { claim, articleId } of corroboratedClaims(aligned)) {
      const doc = set.documents.find((d) => d.id === articleId)!;
      const analyzed = aligned.story.articles.find((a) => a.article.id === articleId)!;
      const mutation = plantChange(new TextDecoder().decode(doc.bytes), analyzed, claim, serial++);
      if (!mutation) {
        skipped++;
        continue;
      }
      const result = await checkDocuments(set.documents.map((d) => (d.id === articleId ? withText(d, mutation.raw) : d)), { budget: NO_TIME_LIMIT });
      const found = detected(result, mutation);
      const fresh = result.stories.flatMap(conflictSignatures).filter((s) => !before.has(s));
      newConflicts += fresh.length;
      if (found) plantedFound++;
      const tally = byKind.get(kindName(claim)) ?? { planted: 0, detected: 0 };
      tally.planted++;
      if (found) tally.detected++;
      byKind.set(kindName(claim), tally);
      if (!found && process.env.BENCH_VERBOSE) console.log(`missed ${set.name}/${articleId} ${mutation.key}: ${mutation.from} → ${mutation.to}`);
    }
  }
}

const planted = [...byKind.values()].reduce((n, t) => n + t.planted, 0);
const found = [...byKind.values()].reduce((n, t) => n + t.detected, 0);
console.log("Contradiction benchmark (one planted change per run)");
console.log("kind        planted  detected  recall");
for (const [kind, t] of [...byKind].sort()) console.log(`${kind.padEnd(10)}  ${String(t.planted).padStart(7)}  ${String(t.detected).padStart(8)}  ${(t.detected / t.planted).toFixed(3)}`);
console.log(`all         ${String(planted).padStart(7)}  ${String(found).padStart(8)}  ${(found / planted).toFixed(3)}`);
console.log(`recall:    ${(found / planted).toFixed(3)}`);
console.log(`precision: ${(plantedFound / Math.max(1, newConflicts)).toFixed(3)}  (${plantedFound} planted of ${newConflicts} new conflicts)`);
console.log(`baseline conflicts before any change: ${baselineConflicts}; values not plantable (words not found in raw text): ${skipped}`);

function corroboratedClaims(aligned: AlignedStory): { claim: Claim; articleId: string }[] {
  const out: { claim: Claim; articleId: string }[] = [];
  for (const fact of aligned.facts) {
    if (fact.status !== "corroborated" || !canConflict(fact.key, fact.kind)) continue;
    for (const evidence of fact.support) {
      const analyzed = aligned.story.articles.find((a) => a.article.id === evidence.article)!;
      // Frames that the tool never sets against each other (a count whose owner is unknown) are not planted.
      const claim = analyzed.claims.find((c) => c.key === fact.key && analyzed.sentences[c.sentence]?.start === evidence.span.start && !c.relative && c.comparable !== false);
      if (claim) out.push({ claim, articleId: evidence.article });
    }
  }
  return out;
}

function detected(result: CheckResult, mutation: Mutation): boolean {
  return result.stories.some((s) =>
    s.conflicts.some((c) => c.positions.some((p) => p.support.some((e) => e.article === mutation.article) && mutation.matches(p.value))),
  );
}

function conflictSignatures(aligned: AlignedStory): string[] {
  return aligned.conflicts.map((c) => `${c.key}|${c.positions.map((p) => p.value).sort().join("|")}`);
}

function kindName(claim: Claim): string {
  if (claim.kind === "entity") return "person";
  if (claim.kind === "route") return "place";
  return claim.kind === "quantity" ? "count" : claim.kind;
}

function withText(doc: RawDocument, text: string): RawDocument {
  return { ...doc, bytes: new TextEncoder().encode(text) };
}
