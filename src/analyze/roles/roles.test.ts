import { test } from "node:test";
import assert from "node:assert/strict";
import type { Claim } from "../../types.js";
import { splitSentences } from "../sentences.js";
import { findEntities } from "../entities/index.js";
import { findRoleClaims, OFFICE_KEY_PREFIX } from "./index.js";

/** The role claims of a text; the offices read the other way are tested in offices.test.ts. */
function roles(text: string): Claim[] {
  const sentences = splitSentences(text);
  const claims = findRoleClaims({ text, sentences, entities: findEntities(text, sentences), published: null });
  for (const claim of claims) {
    assert.equal(claim.kind, "entity");
    assert.ok(claim.span.start >= 0 && claim.span.end <= text.length && claim.span.start < claim.span.end);
  }
  return claims.filter((claim) => !claim.key.startsWith(OFFICE_KEY_PREFIX));
}

function brief(text: string): string[] {
  return roles(text).map((c) => `${c.key} = ${c.value} | ${text.slice(c.span.start, c.span.end)} | ${c.rule}`);
}

test("ANALYZE_ROLE_POSSESSIVE_TITLE_NAME: \"Azerbaijan's President Ilham Aliyev\"", () => {
  assert.deepEqual(brief("Azerbaijan's President Ilham Aliyev arrived."), [
    "role: president of azerbaijan = ilham aliev | Azerbaijan's President Ilham Aliyev | ANALYZE_ROLE_POSSESSIVE_TITLE_NAME",
  ]);
});

test("ANALYZE_ROLE_TITLE_NAME: demonym before the title, one key for every form of the country", () => {
  const a = roles("Azerbaijani President Ilham Aliev arrived.");
  const b = roles("Azerbaijan’s President Ilham Aliyev arrived.");
  assert.equal(a[0]?.key, "role: president of azerbaijan");
  assert.equal(a[0]?.key, b[0]?.key);
  assert.equal(a[0]?.value, b[0]?.value, "Aliev and Aliyev are one person");
  assert.equal(a[0]?.display, "Ilham Aliev", "display is the name as written");
  assert.deepEqual(brief("Russian President Vladimir Putin spoke."), [
    "role: president of russia = vladimir putin | Russian President Vladimir Putin | ANALYZE_ROLE_TITLE_NAME",
  ]);
  assert.deepEqual(brief("French Prime Minister Jean Dupont resigned."), [
    "role: prime minister of france = jean dupont | French Prime Minister Jean Dupont | ANALYZE_ROLE_TITLE_NAME",
  ]);
});

test("ANALYZE_ROLE_NAME_OF: \"President Vladimir Putin of Russia\", \"Mayor Jane Smith of Springfield\"", () => {
  assert.deepEqual(brief("President Vladimir Putin of Russia and Mayor Jane Smith of Springfield met."), [
    "role: president of russia = vladimir putin | President Vladimir Putin of Russia | ANALYZE_ROLE_NAME_OF",
    "role: mayor of springfield = jane smith | Mayor Jane Smith of Springfield | ANALYZE_ROLE_NAME_OF",
  ]);
});

test("ANALYZE_ROLE_COUNTRY_REFERENCE: \"the country's health minister, Maria Lopez\"", () => {
  assert.deepEqual(brief("Hospitals in Chile were full. The country's health minister, Maria Lopez, asked for calm."), [
    "role: health minister of chile = maria lopez | The country's health minister, Maria Lopez | ANALYZE_ROLE_COUNTRY_REFERENCE",
  ]);
});

test("portfolio titles and organisations qualify roles", () => {
  assert.deepEqual(brief("Estonian Transport Minister Kadri Tamm inspected the line."), [
    "role: transport minister of estonia = kadri tam | Estonian Transport Minister Kadri Tamm | ANALYZE_ROLE_TITLE_NAME",
  ]);
  assert.deepEqual(brief("Nordlys Airlines CEO Henrik Vang apologised."), [
    "role: chief executive of nordlys airlines = henrik vang | Nordlys Airlines CEO Henrik Vang | ANALYZE_ROLE_TITLE_NAME",
  ]);
  assert.deepEqual(brief("Ukraine's foreign minister, Oksana Melnyk, disagreed."), [
    "role: foreign minister of ukraine = oksana melnyk | Ukraine's foreign minister, Oksana Melnyk | ANALYZE_ROLE_POSSESSIVE_TITLE_NAME",
  ]);
});

test("ANALYZE_ROLE_APPOSITIVE: the office in an appositive after the name", () => {
  assert.deepEqual(brief("Karim Nassar, the governor of Eastern Province, toured the camps."), [
    "role: governor of eastern province = karim nasar | Karim Nassar, the governor of Eastern Province | ANALYZE_ROLE_APPOSITIVE",
  ]);
  assert.deepEqual(brief("Lina Sabri, Jordan's foreign minister, agreed. Omar Aziz, the Lebanese prime minister, did not."), [
    "role: foreign minister of jordan = lina sabri | Lina Sabri, Jordan's foreign minister | ANALYZE_ROLE_APPOSITIVE",
    "role: prime minister of lebanon = omar aziz | Omar Aziz, the Lebanese prime minister | ANALYZE_ROLE_APPOSITIVE",
  ]);
  assert.deepEqual(brief("Rita Mendes, the president's wife, visited Portugal."), []);
});

test("offices many people hold are never compared, nor bare titles; bare, a shared office gives no role claim", () => {
  assert.deepEqual(brief("Minister Petra Novak listened."), []);
  assert.deepEqual(brief("Former President Amal Haddad spoke."), []);
  const [bare] = roles("President Amal Haddad spoke.");
  assert.equal(bare?.key, "role: president");
  assert.equal(bare?.rule, "ANALYZE_ROLE_TITLE_ONLY");
  assert.equal(bare?.comparable, false);
  const [deputy, ...others] = roles("Mr. Jonas Berg and Spanish Deputy Minister Luis Mora attended.");
  assert.equal(deputy?.key, "role: deputy minister of spain");
  assert.equal(deputy?.comparable, false, "a government has several deputy ministers");
  assert.deepEqual(others, []);
  assert.deepEqual(brief("Kremlin spokesman Boris Antonov declined to comment."), [
    "role: spokesperson of kremlin = boris antonov | Kremlin spokesman Boris Antonov | ANALYZE_ROLE_TITLE_NAME",
  ]);
  assert.equal(roles("Kremlin spokesman Boris Antonov declined to comment.")[0]?.comparable, false);
});

test("a surname-only mention takes the article's full name as value", () => {
  const claims = roles("Ilham Aliyev flew in on Monday. Later, Azerbaijani President Aliyev met the press.");
  assert.equal(claims[0]?.key, "role: president of azerbaijan");
  assert.equal(claims[0]?.value, "ilham aliev");
  assert.equal(claims[0]?.display, "Aliyev");
});

test("different names for one office stay different values", () => {
  const a = roles("Azerbaijani President Ilham Aliyev spoke.");
  const b = roles("Azerbaijani President Rustam Karimli spoke.");
  assert.equal(a[0]?.key, b[0]?.key);
  assert.notEqual(a[0]?.value, b[0]?.value);
});

test("a game's most valuable player is a role: 'Harbour Cup MVP Tom Briar', 'MVP Tom Briar'", () => {
  const [cup, bare] = roles("Harbour Cup MVP Tom Briar threw two touchdowns. Later, MVP Tom Briar spoke.");
  assert.match(cup?.key ?? "", /^role: most valuable player of /);
  assert.equal(cup?.display, "Tom Briar");
  assert.equal(bare?.key, "role: most valuable player");
});

test("a past holder named with the country before the title gives no role claim: \"former Ruritanian President Jane Doe\"", () => {
  assert.deepEqual(brief("The prize went elsewhere, a blow to former Ruritanian President Jane Doe, who had campaigned for it."), []);
  assert.deepEqual(brief("It was a blow to ex-Ruritanian President Jane Doe."), []);
  assert.equal(brief("It was a blow to Ruritanian President Jane Doe.").length, 1, "a sitting holder is still a claim");
});

test("'Incumbent' or 'Outgoing' before a country's title says when the office is held, not whose it is", () => {
  for (const word of ["Incumbent", "Outgoing", "Caretaker"]) {
    for (const text of [`${word} Moldovan Prime Minister Orhan Velik voted in the capital.`, `Turnout was high. ${word} Moldovan Chancellor Orhan Velik cast his vote in Balti.`]) {
      assert.deepEqual(roles(text).map((c) => c.key), [/Chancellor/.test(text) ? "role: chancellor of moldova" : "role: prime minister of moldova"], text);
    }
    // "German" is also a given name, so no entity is read there: the words before the title are read as the qualifier.
    assert.deepEqual(roles(`${word} German Chancellor Orhan Velik voted.`).map((c) => c.key), ["role: chancellor of germany"]);
  }
});
