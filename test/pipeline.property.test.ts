import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { AlignedStory, AnalyzedArticle, RawDocument } from "../src/types.js";
import { runAnalysisTask, type AnalyzedFields } from "../src/workers/analysis-tasks.js";
import { withLazyLanguage } from "../src/extract/index.js";
import { toStory } from "../src/cluster/index.js";
import { alignStory } from "../src/align/index.js";
import { exampleReports, mutatedReport, SUITE_SIZES } from "./helpers/fuzz-inputs.js";

/**
 * Property tests over extract → analyze → align with mutated reports (byte flips, truncations,
 * deep nesting, huge attributes, right-to-left and zero-width characters, odd numbers and dates).
 * A fixed seed keeps the suite repeatable; FUZZ_SEED picks another, and bench/fuzz.ts runs far more.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_307);
const bases = exampleReports();

/** What the worker runs for one report: a CorroborateError comes back as a failure; anything else thrown is a crash. */
function analyse(document: RawDocument): AnalyzedArticle | null {
  const outcome = runAnalysisTask({ kind: "analyze", document });
  if (!("value" in outcome)) return null;
  const { article, ...analyzed } = outcome.value as AnalyzedFields;
  return { ...analyzed, article: withLazyLanguage(article) };
}

function assertSpansExact(analyzed: AnalyzedArticle): void {
  const { text } = analyzed.article;
  for (const sentence of analyzed.sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  for (const claim of analyzed.claims) assert.ok(claim.span.start >= 0 && claim.span.end <= text.length && claim.span.start <= claim.span.end, `${claim.rule} span in bounds`);
  for (const entity of analyzed.entities) assert.ok(entity.start >= 0 && entity.end <= text.length, "entity span in bounds");
}

function assertQuotesExact(aligned: AlignedStory): void {
  const texts = new Map(aligned.story.articles.map((a) => [a.article.id, a.article.text]));
  for (const fact of aligned.facts) {
    for (const evidence of fact.support) assert.ok(texts.get(evidence.article)!.includes(evidence.quote), `quote of ${fact.key} is in ${evidence.article}`);
  }
}

test("mutated reports never crash extraction or analysis, and every span is exact", () => {
  fc.assert(
    fc.property(mutatedReport(bases, SUITE_SIZES), (document) => {
      const analyzed = analyse(document);
      if (analyzed) assertSpansExact(analyzed);
    }),
    { numRuns: 40, seed: SEED },
  );
});

test("stories of mutated reports align without crashing, and every quote is an exact substring", () => {
  fc.assert(
    fc.property(fc.array(mutatedReport(bases, SUITE_SIZES), { minLength: 2, maxLength: 3 }), (documents) => {
      const analyzed = documents.map(analyse).filter((a): a is AnalyzedArticle => a !== null);
      if (analyzed.length === 0) return;
      assertQuotesExact(alignStory(toStory(analyzed.map((a, i) => ({ ...a, article: { ...a.article, id: `${a.article.id}-${i}` } })), "s-fuzz")));
    }),
    { numRuns: 10, seed: SEED },
  );
});
