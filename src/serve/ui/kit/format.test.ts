import { test } from "node:test";
import assert from "node:assert/strict";
import { countOf } from "./format.js";

test("counts", () => {
  assert.equal(countOf(1, "report"), "1 report");
  assert.equal(countOf(1200, "story", "stories"), "1,200 stories");
});
