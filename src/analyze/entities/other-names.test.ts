import { test } from "node:test";
import assert from "node:assert/strict";
import { bracketedOtherNames } from "./other-names.js";

const pairs = (text: string) => bracketedOtherNames(text).map((p) => [p.name, p.other]);

test("a name and the other name it is given in brackets", () => {
  assert.deepEqual(pairs("Voters backed the Harvest League (Die Erntler) and Blue Dawn (Aube Bleue)."), [["Harvest League", "Die Erntler"], ["Blue Dawn", "Aube Bleue"]]);
  assert.deepEqual(pairs("the Party of the Future (Zukunft) won"), [["Party of the Future", "Zukunft"]]);
  const [pair] = bracketedOtherNames("x Harvest League (Die Erntler)");
  assert.equal("x Harvest League (Die Erntler)".slice(pair!.otherStart, pair!.otherEnd), "Die Erntler");
  assert.equal("x Harvest League (Die Erntler)".slice(pair!.nameStart, pair!.nameEnd), "Harvest League");
});

test("short names, remarks, figures and names on an earlier line are no other names", () => {
  assert.deepEqual(pairs("the Harvest League (HL) won"), []);
  assert.deepEqual(pairs("the Harvest League (in the north) won"), []);
  assert.deepEqual(pairs("the Harvest League (2029) won"), []);
  assert.deepEqual(pairs("won 12%\n(Die Erntler)"), []);
});
