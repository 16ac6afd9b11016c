import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { insideAnyQuote } from "./inside.js";

const span = fc.record({ start: fc.nat(60), length: fc.nat(20) }).map(({ start, length }) => ({ start, end: start + length, open: start - 1, close: start + length + 1 }));

test("insideAnyQuote answers as a scan of every span does, for spans in any order, nested, overlapping or empty", () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 8 }), fc.integer({ min: -2, max: 90 }), (spans, at) => {
      assert.equal(insideAnyQuote(spans)(at), spans.some((s) => at >= s.start && at < s.end));
    }),
    { numRuns: 2000, seed: 7 },
  );
});
