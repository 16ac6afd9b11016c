import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import type { Article } from "../../types.js";

/** Leaders, next office holders, birthplaces and seats, on short texts written for these tests; names are invented. */
function report(text: string): Article {
  return { id: "r", source: "r.txt", outlet: "Outlet", title: "r", published: "2031-05-10", byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const frames = (text: string, rule: string) =>
  analyzeArticle(report(text)).claims.filter((c) => c.rule === rule).map((c) => [c.key, c.display, ...(c.owner ? [c.owner] : [])]);

test("'the X (acronym), led by Y,' names the group's leader, the group by its acronym", () => {
  assert.deepEqual(frames("The far-left Green League (GL), led by Ana Ruiz, came in second.", "ROLE_LED_BY"), [["role: leader of gl", "Ana Ruiz"]]);
  assert.deepEqual(frames("In second place came the Green League (GL) of Ana Ruiz and Tom Briar, who said so.", "ROLE_PARTY_OF"), [["role: leader of gl", "Ana Ruiz"], ["role: leader of gl", "Tom Briar"]]);
  assert.deepEqual(frames("The family of Ana Ruiz said so.", "ROLE_PARTY_OF"), []);
});

test("the next holder of an office: expected to become, a chance of becoming, made the next", () => {
  assert.deepEqual(frames("Tomas Brandt is expected to become chancellor.", "ROLE_NEXT_HOLDER"), [["role: next chancellor", "Tomas Brandt"]]);
  assert.deepEqual(frames("Voters are likely to make Tomas Brandt the next chancellor.", "ROLE_NEXT_HOLDER"), [["role: next chancellor", "Tomas Brandt"]]);
  assert.deepEqual(frames("Tomas Brandt now has the best chances of becoming the next mayor.", "ROLE_NEXT_HOLDER"), [["role: next mayor", "Tomas Brandt"]]);
  assert.deepEqual(frames("Tomas Brandt met the next group of visitors.", "ROLE_NEXT_HOLDER"), []);
});

test("a birthplace belongs to the person the sentence names: after 'born in', 'born on a day in', '-born'", () => {
  assert.deepEqual(frames("Born in Lakeport in 1961, Ana Ruiz studied law.", "ROLE_BIRTHPLACE")[0]?.slice(0, 2), ["birthplace", "Lakeport"]);
  assert.deepEqual(frames("Ana Ruiz was born on 4 May 1961 in Lakeport.", "ROLE_BIRTHPLACE")[0]?.slice(0, 2), ["birthplace", "Lakeport"]);
  assert.deepEqual(frames("Ana Ruiz, a Lakeport-born engineer, spoke.", "ROLE_BIRTHPLACE")[0]?.slice(0, 2), ["birthplace", "Lakeport"]);
  assert.deepEqual(frames("Ana Ruiz studied in Lakeport.", "ROLE_BIRTHPLACE"), []);
});

test("a company's seat: its headquarters in a place", () => {
  assert.deepEqual(frames("Westmark Steel will keep its headquarters in Lakeport.", "ROLE_HEADQUARTERS")[0]?.slice(0, 2), ["headquarters", "Lakeport"]);
});

