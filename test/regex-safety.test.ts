// No pattern in src/ may backtrack super-linearly: every regular expression, written or built from
// lexicons (test/helpers/regex-inventory.ts), has recheck's verdict "safe" or an accepted entry in
// test/regex-safety.verdicts.json. New or changed patterns are checked here, now; a vulnerable one
// fails naming its file, line and pattern. `npm run regex:verdicts` re-checks all and records the safe ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allPatterns } from "./helpers/regex-inventory.js";
import { checkPattern, describe, keyOf, readVerdicts } from "./helpers/regex-verdicts.js";

test("every regular expression in src/ is safe from catastrophic backtracking", { timeout: 10 * 60_000 }, async () => {
  const { patterns } = await allPatterns();
  assert.ok(patterns.length > 200, `only ${patterns.length} patterns found: the inventory is broken`);
  const verdicts = readVerdicts();
  const known = new Set([...verdicts.safe, ...verdicts.accepted.map((entry) => entry.key)]);
  const failures: string[] = [];
  for (const pattern of patterns.filter((p) => !known.has(keyOf(p)))) {
    const finding = await checkPattern(pattern);
    if (finding.status !== "safe") failures.push(describe(finding));
  }
  assert.deepEqual(failures, [], "vulnerable patterns: rewrite them (bounded repeats, atomic words, a scanner)");
});

test("the checker flags a vulnerable pattern, naming where it is", async () => {
  const finding = await checkPattern({ source: String.raw`^(?:\p{Lu}[\p{L}]*\s*)+,`, flags: "iu", where: "src/example.ts:1" });
  assert.equal(finding.status, "vulnerable");
  assert.match(describe(finding), /^src\/example\.ts:1 \/.*\/iu: vulnerable \(exponential\)/);
});
