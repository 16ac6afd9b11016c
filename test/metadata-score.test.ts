/** The metadata scoring of bench:extraction (bench/metadata-score.ts). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { authorMatches, dateMatches, titleMatches } from "../bench/metadata-score.js";

test("titles match after folding case, quotes, dashes and spacing; a different title does not", () => {
  assert.ok(titleMatches("Budget Traveler’s Guide – 2025", "budget traveler's guide - 2025."));
  assert.ok(!titleMatches("Budget Traveler’s Guide", "Budget Traveler’s Guide | Site"));
  assert.ok(!titleMatches("A title", null));
});

test("dates match on the calendar day", () => {
  assert.ok(dateMatches("2025-08-19", "2025-08-19T13:25:59+00:00"));
  assert.ok(!dateMatches("2025-08-19", "2025-01-29"));
});

test("authors: all names given must be the annotation's, and at least half of its name words found", () => {
  assert.ok(authorMatches("Jane Doe, MD", ["Jane Doe"]));
  assert.ok(authorMatches("Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]));
  assert.ok(!authorMatches("Ann Lee, Bo Chen and Cy Diaz", ["Ann Lee"]));
  assert.ok(!authorMatches("Ann Lee", ["Ann Lee", "Dee Eng"]));
  assert.ok(!authorMatches("Ann Lee", []));
});
