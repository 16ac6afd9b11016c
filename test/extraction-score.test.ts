/** The benchmark's scoring: shingles of four \w+ tokens, multiset counts, averages over pages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { scorePage, scoreSet } from "../bench/extraction-score.js";

test("identical texts score 1; disjoint texts 0; punctuation and paragraph breaks do not count", () => {
  assert.deepEqual(scorePage("one two three four five", "One two three four five".replace("One", "one")), { precision: 1, recall: 1 });
  assert.deepEqual(scorePage("one two three four", "five six seven eight"), { precision: 0, recall: 0 });
  assert.deepEqual(scorePage("one, two.\n\nthree four!", "one two three four"), { precision: 1, recall: 1 });
  assert.deepEqual(scorePage("", ""), { precision: 1, recall: 1 });
});

test("extra and missing shingles lower precision and recall; repeats count as a multiset", () => {
  // truth: 2 shingles (a b c d, b c d e); predicted adds one (c d e f)
  const extra = scorePage("a b c d e", "a b c d e f");
  assert.equal(extra.recall, 1);
  assert.equal(extra.precision, 2 / 3);
  const repeated = scorePage("a b c d", "a b c d a b c d");
  assert.equal(repeated.recall, 1);
  assert.ok(repeated.precision < 1);
  // Unicode letters are tokens: Cyrillic and accented words score like ASCII ones.
  assert.deepEqual(scorePage("Москва и Санкт-Петербург café", "Москва и Санкт-Петербург café"), { precision: 1, recall: 1 });
});

test("F1 comes from the averaged precision and recall", () => {
  const set = scoreSet([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 1 }]);
  assert.equal(set.precision, 0.75);
  assert.equal(set.recall, 0.75);
  assert.equal(set.f1, 0.75);
});
