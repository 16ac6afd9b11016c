import { test } from "node:test";
import assert from "node:assert/strict";
import { joinedSets } from "./group.js";

test("joined sets: a chain of joins is one set named by its first item; an item never joined is its own set", () => {
  const sets = joinedSets<string>();
  sets.join("a", "b");
  sets.join("c", "d");
  sets.join("b", "d");
  assert.deepEqual(["a", "b", "c", "d"].map(sets.root), ["a", "a", "a", "a"]);
  assert.equal(sets.root("e"), "e");
});
