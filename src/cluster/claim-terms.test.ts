import { test } from "node:test";
import assert from "node:assert/strict";
import { claimTerms } from "./claim-terms.js";
import type { Claim } from "../types.js";

const claim = (fields: Partial<Claim> & Pick<Claim, "kind" | "key" | "value">): Claim => ({ display: fields.value, sentence: 0, span: { start: 0, end: 1 }, rule: "test", ...fields });
const shared = (a: Claim, b: Claim) => claimTerms(a).filter((t) => claimTerms(b).includes(t));

test("one sum named by two slot names is one term; another sum or currency is not", () => {
  const deal = claim({ kind: "quantity", key: "deal value", value: "12600000000", number: 12.6e9, valueType: "amount", unit: "usd", display: "$12.6 billion" });
  const price = claim({ kind: "quantity", key: "purchase price", value: "12600000000", number: 12.6e9, valueType: "amount", unit: "usd", display: "$12.6bn" });
  assert.equal(shared(deal, price).length, 1);
  assert.deepEqual(shared(deal, { ...price, value: "14100000000", number: 14.1e9 }), []);
  assert.deepEqual(shared(deal, { ...price, unit: "eur" }), []);
});

test("a one-digit round sum or share is no evidence of one event", () => {
  const a = claim({ kind: "quantity", key: "grant", value: "2000000", number: 2e6, valueType: "amount", unit: "usd" });
  const b = claim({ kind: "quantity", key: "fine", value: "2000000", number: 2e6, valueType: "amount", unit: "usd" });
  assert.deepEqual(shared(a, b), []);
  const share = (key: string, n: number) => claim({ kind: "quantity", key, value: String(n), number: n, valueType: "percent" });
  assert.deepEqual(shared(share("turnout", 10), share("growth", 10)), []);
  assert.equal(shared(share("turnout", 28.5), share("vote share", 28.5)).length, 1);
});

test("a written-out day is one term under any date slot; a weekday resolved near publication is not", () => {
  const signed = claim({ kind: "date", key: "date: agreement", value: "2031-06-18", display: "June 18" });
  const said = claim({ kind: "date", key: "date: statement", value: "2031-06-18", display: "18 June 2031" });
  assert.equal(shared(signed, said).length, 1);
  assert.deepEqual(shared(signed, { ...said, display: "Wednesday" }), []);
});
