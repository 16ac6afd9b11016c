// Sentences of the shape that once made the person-appositive pattern backtrack exponentially:
// each goes through extract + analyze in under 50 ms.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { appositiveSentences } from "./helpers/appositive-sentences.js";
import { cpuTimed } from "./helpers/cpu-time.js";

const LIMIT_MS = 50;
const REPORTED = [
  "Jan Kowalski, the mayor of Gdansk and a member of the ruling centrist party Civic Platform (PO), won 52.3 percent of the vote.",
  "Jan Kowalski, the mayor of Gdansk and a member of the ruling centrist party Civic Platform (PO), said on Monday.",
];

function analyzeReport(sentence: string): void {
  const bytes = new TextEncoder().encode(`A headline\n\n${sentence}\n`);
  analyzeArticle(extractArticle({ id: "r", source: "r.txt", bytes, contentType: "text/plain", fetchedAt: new Date(0).toISOString() }));
}

/**
 * CPU time (user + system) of the faster of two runs: a garbage collection in one run is not the
 * pattern's cost, and on a loaded machine wall time measures the other processes.
 */
function milliseconds(sentence: string): number {
  return Math.min(cpuTimed(() => analyzeReport(sentence)).ms, cpuTimed(() => analyzeReport(sentence)).ms);
}

test("the reported sentences and 100 generated ones of their shape each analyse in under 50 ms", () => {
  const sentences = [...REPORTED, ...appositiveSentences(100)];
  // Warm-up: the first runs compile the lexicon patterns.
  for (const sentence of appositiveSentences(5, 99)) analyzeReport(sentence);
  const slow = sentences.map((sentence) => ({ sentence, ms: milliseconds(sentence) })).filter(({ ms }) => ms >= LIMIT_MS);
  assert.deepEqual(slow.map(({ sentence, ms }) => `${ms.toFixed(0)} ms: ${sentence}`), []);
});
