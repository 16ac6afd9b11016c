import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../index.js";
import type { Article } from "../../types.js";

/** Named facts on short texts written for these tests; every name (rivers, camps, bodies, people) is invented. */
function report(text: string, published = "2031-05-10"): Article {
  return { id: "r", source: "r.txt", outlet: "Outlet", title: "r", published, byline: null, dateline: null, language: "en", paragraphs: [text], text, removed: [], attributions: [] };
}
const named = (text: string, published?: string) =>
  analyzeArticle(report(text, published)).claims.filter((c) => c.key.startsWith("name: ")).map((c) => [c.key.slice("name: ".length), c.display, c.rule]);

test("a head noun inside the name says what it names: after the name, before it, before 'of'", () => {
  assert.deepEqual(named("Rescuers searched the banks of the Marrow River on Friday."), [["river", "Marrow River", "NAME_HEAD"]]);
  assert.deepEqual(named("Scouts at Camp Larkspur were moved to a school."), [["camp", "Camp Larkspur", "NAME_HEAD"]]);
  assert.deepEqual(named("Norland began ‘Operation Tinder’ at dawn."), [["operation", "Operation Tinder", "NAME_HEAD"]]);
  assert.deepEqual(named("She studied law at the University of Halden."), [["university", "University of Halden", "NAME_HEAD"]]);
  assert.deepEqual(named("He later studied at Universidad Central de Osk."), [["university", "Universidad Central de Osk", "NAME_HEAD"]]);
});

test("a lower-case head names a river, a wind, a fire or an order, never a camp or a gallery", () => {
  assert.deepEqual(named("The Marrow river rose 14 feet by noon as Osk Valley winds blew."), [["river", "Marrow river", "NAME_HEAD"], ["winds", "Osk Valley winds", "NAME_HEAD"]]);
  assert.deepEqual(named("He joined the Brunian order as a young man."), [["religious order", "Brunian order", "NAME_HEAD"]]);
  assert.deepEqual(named("She ran a Baptist camp near the lake."), []);
  assert.deepEqual(named("Evacuation orders were lifted on Sunday."), []);
  assert.deepEqual(named("The governor signed Executive Order 12 on Monday."), []);
});

test("a possessive joins a lone head to its name; a plural head after a list is no name", () => {
  assert.deepEqual(named("Crowds filled Saint Brun's Basilica at noon."), [["basilica", "Saint Brun's Basilica", "NAME_HEAD"]]);
  assert.deepEqual(named("Crews fought the Eaglerock and Tamsin fires for a week."), []);
});

test("a named event is the story's unless the sentence compares it or dates it years before", () => {
  assert.deepEqual(named("Crews contained the Ridgeline Fire on Monday."), [["fire", "Ridgeline Fire", "NAME_HEAD"]]);
  assert.deepEqual(named("Losses are worse than after Hurricane Ilse."), []);
  assert.deepEqual(named("It recalled the damage done by Hurricane Ilse in 2019.", "2031-05-10"), []);
  assert.deepEqual(named("Westmark Fire said the road was closed."), []);
});

test("a naming phrase and an appositive say what the name names; people and places are left to other finders", () => {
  assert.deepEqual(named("The raid, code-named Operation Tinder, hit two depots."), [["operation", "Operation Tinder", "NAME_HEAD"]]);
  assert.deepEqual(named("A hacker group called Cobalt Tide claimed the attack."), [["group", "Cobalt Tide", "NAME_NAMING_PHRASE"]]);
  assert.deepEqual(named("A lawyer named Ivo Brask filed the case."), []);
  assert.deepEqual(named("Grey Owl, a civic organisation that audits ballots, was banned."), [["organization", "Grey Owl", "NAME_APPOSITIVE"]]);
  assert.deepEqual(named("A man named Ivo Brask was arrested."), []);
});

test("agents: who made, awarded, investigated or founded", () => {
  assert.deepEqual(named("The glider, built by Aerowerk, carried 3 people."), [["maker", "Aerowerk", "NAME_AGENT"]]);
  assert.deepEqual(named("The prize, awarded by the Halden Peace Committee, went to a teacher."), [["awarded by", "Halden Peace Committee", "NAME_AGENT"]]);
  assert.deepEqual(named("The Westmark Safety Board is investigating the crash."), [["investigator", "Westmark Safety Board", "NAME_AGENT"]]);
  assert.deepEqual(named("In 2014 she co-founded Grey Owl with two friends."), [["organisation founded", "Grey Owl", "NAME_FOUNDED"]]);
});

test("every named fact is a fact of the story, never held against another name", () => {
  const claims = analyzeArticle(report("Scouts at Camp Larkspur were moved away from the Marrow River.")).claims.filter((c) => c.key.startsWith("name: "));
  assert.ok(claims.length === 2 && claims.every((c) => c.comparable === false && c.kind === "entity"));
});
