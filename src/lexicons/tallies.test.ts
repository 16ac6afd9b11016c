import { test } from "node:test";
import assert from "node:assert/strict";
import { isTallyNoun } from "./tallies.js";

test("a case of a disease is a running tally; a display case or glass case is a thing counted once", () => {
  assert.equal(isTallyNoun("case"), true);
  assert.equal(isTallyNoun("confirmed case"), true);
  assert.equal(isTallyNoun("display case"), false);
  assert.equal(isTallyNoun("glass display case"), false);
  assert.equal(isTallyNoun("glass case"), false);
  assert.equal(isTallyNoun("destroyed home"), true);
});
