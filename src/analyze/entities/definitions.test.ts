import { test } from "node:test";
import assert from "node:assert/strict";
import { bracketDefinitions } from "./definitions.js";

test("a full name before its short name, from its first word with the short name's initial", () => {
  const text = "The director of the Civic Research Institute (CRI) said so.";
  const [defined] = bracketDefinitions(text);
  assert.equal(defined?.short, "CRI");
  assert.equal(defined?.full, "Civic Research Institute");
  assert.equal(text.slice(defined.start, defined.end), "Civic Research Institute");
});

test("a quoted full name, and a full name in brackets after its short name", () => {
  const found = bracketDefinitions('Second came the "Alliance of Citizens for Westmark" (AdW). The CAW (Civic Alliance for Westmark) won.');
  assert.deepEqual(found.map((d) => [d.short, d.full]), [["AdW", "Alliance of Citizens for Westmark"], ["CAW", "Civic Alliance for Westmark"]]);
});

test("a person's name before a party's initials, or a word in brackets, defines nothing", () => {
  assert.deepEqual(bracketDefinitions("Ana Ruiz (CAW) spoke. President (Tom) Briar won. Lakeport (Reuters) reported."), []);
});
