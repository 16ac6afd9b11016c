import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Sentence } from "../types.js";
import { tokenizeSentence } from "./claim-tokens.js";
import { lemmaOf, normaliseDecimal, parseNumberAt, scaleDecimal } from "./numbers.js";

/** The number read at the first token of `text`: [value, tokens read, flags]. */
function n(text: string): [string, number, string] | null {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text };
  const tokens = tokenizeSentence(sentence);
  const parsed = parseNumberAt(tokens, 0);
  if (!parsed) return null;
  const flags = [parsed.vague && "vague", parsed.percent && "percent", parsed.determinerNo && "no", parsed.impliedPeople && "people"]
    .filter(Boolean).join(",");
  return [parsed.value, parsed.end - parsed.start, flags];
}

describe("parseNumberAt", () => {
  it("digits, groups and decimals", () => {
    assert.deepEqual(n("38 people"), ["38", 1, ""]);
    assert.deepEqual(n("1,200 homes"), ["1200", 1, ""]);
    assert.deepEqual(n("2.5 tonnes"), ["2.5", 1, ""]);
    assert.equal(n("3,4 x"), null);
  });

  it("scale words and glued abbreviations, without float error", () => {
    assert.deepEqual(n("2 million people"), ["2000000", 2, ""]);
    assert.deepEqual(n("2.3 million people"), ["2300000", 2, ""]);
    assert.deepEqual(n("1.5bn people"), ["1500000000", 2, ""]);
    assert.deepEqual(n("2m people"), ["2000000", 2, ""]);
    assert.deepEqual(n("10m from the plane"), ["10", 1, ""]);
    assert.deepEqual(n("3 lakh people"), ["300000", 2, ""]);
  });

  it("spelled numbers", () => {
    assert.deepEqual(n("thirty-eight people"), ["38", 1, ""]);
    assert.deepEqual(n("forty two people"), ["42", 2, ""]);
    assert.deepEqual(n("two hundred and five homes"), ["205", 4, ""]);
    assert.deepEqual(n("one million people"), ["1000000", 2, ""]);
    assert.deepEqual(n("a dozen soldiers"), ["12", 2, ""]);
    assert.deepEqual(n("two dozen soldiers"), ["24", 2, ""]);
    assert.deepEqual(n("a hundred people"), ["100", 2, ""]);
    assert.equal(n("a plane"), null);
    assert.equal(n("two-day search"), null);
  });

  it("zero, vague numbers and percentages", () => {
    assert.deepEqual(n("none of them"), ["0", 1, ""]);
    assert.deepEqual(n("no one survived"), ["0", 2, "people"]);
    assert.deepEqual(n("nobody survived"), ["0", 1, "people"]);
    assert.deepEqual(n("no survivors"), ["0", 1, "no"]);
    assert.deepEqual(n("hundreds of people"), ["", 1, "vague"]);
    assert.deepEqual(n("tens of thousands of people"), ["", 3, "vague"]);
    assert.deepEqual(n("52% of the vote"), ["52", 2, "percent"]);
    assert.deepEqual(n("52 per cent of the vote"), ["52", 3, "percent"]);
  });
});

describe("decimal helpers", () => {
  it("scaleDecimal and normaliseDecimal", () => {
    assert.equal(scaleDecimal("2.3", 6), "2300000");
    assert.equal(scaleDecimal("0.25", 3), "250");
    assert.equal(scaleDecimal("1.2345", 2), "123.45");
    assert.equal(normaliseDecimal("007"), "7");
    assert.equal(normaliseDecimal("6.10"), "6.1");
  });

  it("lemmaOf", () => {
    assert.equal(lemmaOf("countries"), "country");
    assert.equal(lemmaOf("people"), "person");
    assert.equal(lemmaOf("missiles"), "missile");
    assert.equal(lemmaOf("churches"), "church");
    assert.equal(lemmaOf("houses"), "house");
    assert.equal(lemmaOf("lives"), "life");
  });
});
