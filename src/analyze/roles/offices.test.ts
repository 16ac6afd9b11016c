import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../sentences.js";
import { findEntities } from "../entities/index.js";
import { findRoleClaims, OFFICE_KEY_PREFIX } from "./index.js";

/** Every claim as "key = value | display | owner", offices and roles alike. */
function read(text: string): string[] {
  const sentences = splitSentences(text);
  return findRoleClaims({ text, sentences, entities: findEntities(text, sentences), published: null })
    .map((c) => `${c.key} = ${c.value} | ${c.display}${c.owner ? ` | ${c.owner}` : ""}${c.comparable === false ? " | not compared" : ""}`);
}

const offices = (text: string) => read(text).filter((line) => line.startsWith(OFFICE_KEY_PREFIX));

test("ANALYZE_ROLE_OFFICE: the office a report gives a person, as it words it", () => {
  assert.deepEqual(offices("Moldovan President Orhan Velik arrived."), ["office: orhan velik = president | Moldovan President | moldova"]);
});

test("a past holder: 'former' before the country or the title is part of the office", () => {
  assert.deepEqual(read("On Monday the former Moldovan President Orhan Velik spoke."), ["office: orhan velik = former president | former Moldovan President | moldova"]);
  assert.deepEqual(offices("Talks were led by ex-President Orhan Velik."), ["office: orhan velik = former president | ex-President"]);
});

test("compound titles: one claim per title, sharing the organisation", () => {
  assert.deepEqual(read("Westmark Steel Chairman and CEO Ivo Tann said the deal closed."), [
    "role: chair of westmark stel = ivo tan | Ivo Tann",
    "office: ivo tan = chair | Westmark Steel Chairman | westmark stel",
    "role: chief executive of westmark stel = ivo tan | Ivo Tann",
    "office: ivo tan = chief executive | Westmark Steel CEO | westmark stel",
  ]);
  assert.deepEqual(read("Ivo Tann, chairman and CEO of Westmark Steel, thanked the board.").filter((l) => l.startsWith("role")), [
    "role: chair of westmark stel = ivo tan | Ivo Tann",
    "role: chief executive of westmark stel = ivo tan | Ivo Tann",
  ]);
});

test("'head of the Ministry of X' holds the X portfolio", () => {
  assert.deepEqual(offices("Ivo Tann, head of the Ministry of Culture, said the attack was an outrage."), ["office: ivo tan = culture minister | head of the Ministry of Culture"]);
});

test("a rank between the office and the name is the person's", () => {
  assert.deepEqual(read("Moldova's military spokesman Lt Gen Ivo Tann said the jets were safe."), ["role: military spokesperson of moldova = ivo tan | Ivo Tann | not compared"]);
  assert.deepEqual(read("Moldova's military spokesperson, Lt. Gen. Ivo Tann, said the jets were safe."), ["role: military spokesperson of moldova = ivo tan | Ivo Tann | not compared"]);
});

test("a county sheriff is a role of the county", () => {
  assert.deepEqual(read("Lakeland County Sheriff Ora Pell said 12 people were missing.")[0], "role: sheriff of lakeland county = ora pel | Ora Pell");
});
