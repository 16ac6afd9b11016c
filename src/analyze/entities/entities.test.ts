import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityMention } from "../../types.js";
import { splitSentences } from "../sentences.js";
import { findEntities } from "./index.js";

function entities(text: string): EntityMention[] {
  const found = findEntities(text, splitSentences(text));
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.surface, `span of ${m.surface}`);
  return found;
}

function find(found: EntityMention[], surface: string): EntityMention | undefined {
  return found.find((m) => m.surface === surface);
}

function typeOf(found: EntityMention[], surface: string): string | undefined {
  return find(found, surface)?.type;
}

test("spans are exact and sentence indexes point at the sentence", () => {
  const text = "Flooding hit the north.\n\nPrime Minister Oskar Lindqvist visited Uppsala on Monday.";
  const found = entities(text);
  const person = find(found, "Oskar Lindqvist");
  assert.ok(person);
  assert.equal(person.sentence, 1);
  assert.equal(person.type, "person");
  assert.equal(person.key, "oskar lindqvist");
});

test("ENTITY_TITLE: a title makes a person and is not part of the name", () => {
  const found = entities("Kenya's President James Otieno met French President Anne Morel in Nairobi.");
  assert.equal(typeOf(found, "James Otieno"), "person");
  assert.equal(typeOf(found, "Anne Morel"), "person");
  assert.equal(typeOf(found, "Kenya"), "place", "possessive stripped, country typed");
  assert.equal(find(found, "French")?.key, "france", "demonym recorded as the country");
  assert.equal(typeOf(found, "Nairobi"), "place");
  assert.ok(!found.some((m) => /President/.test(m.surface)), "titles are not names");
});

test("honorifics and lower-case titles mark persons", () => {
  const found = entities("Mr. Halvorsen arrived late. Kremlin spokesman Boris Antonov denied the report. The pilot, Greta Solberg, survived.");
  assert.equal(typeOf(found, "Halvorsen"), "person");
  assert.equal(typeOf(found, "Boris Antonov"), "person");
  assert.equal(typeOf(found, "Kremlin"), "organization");
  assert.equal(typeOf(found, "Greta Solberg"), "person");
});

test("ENTITY_PERSON_VERB_AFTER and ENTITY_PERSON_SURNAME: 'First Last said', then the surname alone", () => {
  const found = entities("Ines Carvalho said the road was closed. Later, Carvalho added that crews were on site.");
  assert.equal(typeOf(found, "Ines Carvalho"), "person");
  const surname = find(found, "Carvalho");
  assert.equal(surname?.type, "person");
  assert.equal(surname?.key, "carvalho");
});

test("a name with no evidence becomes a person when the surname recurs alone", () => {
  const found = entities("The report reached Tobias Wendt on the eve of the vote. Wendt had been away for weeks.");
  assert.equal(typeOf(found, "Tobias Wendt"), "person");
  assert.equal(typeOf(found, "Wendt"), "person");
});

test("sentence-initial common words are not entities", () => {
  const found = entities("The Norwegian navy joined the search. However, Denmark declined. Meanwhile the storm moved east. Meeting Sweden's King Carl Gustaf was a highlight.");
  assert.ok(!found.some((m) => /^(The|However|Meanwhile|Meeting)\b/.test(m.surface)), JSON.stringify(found.map((m) => m.surface)));
  assert.equal(find(found, "Norwegian")?.key, "norway");
  assert.equal(typeOf(found, "Denmark"), "place");
  assert.equal(typeOf(found, "Sweden"), "place");
  assert.equal(typeOf(found, "Carl Gustaf"), "person");
});

test("nouns for people ('Russians', 'a Briton') fold to the country but are not place mentions", () => {
  const found = entities("Two Britons and three Russians were hurt, Russian officials said.");
  assert.deepEqual(found.map((m) => `${m.surface}:${m.key}`), ["Russian:russia"]);
});

test("organisations: head words, acronyms, known institutions, 'of' phrases", () => {
  const found = entities(
    "Azerbaijani Airlines and the Bank of England were named. The International Civil Aviation Organization (ICAO) and NATO responded, as did the United Nations and the Russian Defence Ministry.",
  );
  assert.equal(find(found, "Azerbaijani Airlines")?.key, "azerbaijan airlines");
  assert.equal(typeOf(found, "Bank of England"), "organization");
  assert.equal(typeOf(found, "International Civil Aviation Organization"), "organization");
  assert.equal(typeOf(found, "ICAO"), "organization");
  assert.equal(typeOf(found, "NATO"), "organization");
  assert.equal(find(found, "United Nations")?.key, "united nations");
  assert.equal(find(found, "Russian Defence Ministry")?.key, "russia defense ministry");
});

test("places: prepositions, 'X, Country', place cue nouns, head words, hyphenated pairs", () => {
  const found = entities(
    "The convoy travelled from Kerembe to Ostrava. It stopped in Dolny Brod, Slovakia, near the Caspian Sea and the regional capital Marenkov. Slovak-Hungarian talks resumed.",
  );
  assert.equal(typeOf(found, "Kerembe"), "place");
  assert.equal(typeOf(found, "Ostrava"), "place");
  assert.equal(typeOf(found, "Dolny Brod"), "place");
  assert.equal(typeOf(found, "Slovakia"), "place");
  assert.equal(typeOf(found, "Caspian Sea"), "place");
  assert.equal(typeOf(found, "Marenkov"), "place");
  assert.equal(find(found, "Slovak")?.key, "slovakia");
  assert.equal(find(found, "Hungarian")?.key, "hungary");
});

test("a titled person's 'of' phrase is split off: 'President X of Country'", () => {
  const found = entities("President Amara Diallo of Senegal and Mayor Jane Okoro of Port Harbury spoke.");
  assert.equal(typeOf(found, "Amara Diallo"), "person");
  assert.equal(typeOf(found, "Senegal"), "place");
  assert.equal(typeOf(found, "Jane Okoro"), "person");
  assert.equal(typeOf(found, "Port Harbury"), "place");
});

test("person evidence beats a place preposition for the same name", () => {
  const found = entities("Minister Kaveh Rostami spoke first. The delegation later apologised to Rostami.");
  const mentions = found.filter((m) => m.surface === "Rostami");
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0]!.type, "person");
});

test("HEADLINE: title-case lines keep only confirmed or lexicon entities", () => {
  const text = [
    "Orlov Admits Blame for Bridge Collapse as Moldova-Romania Protests Grow",
    "",
    "Defence Minister Pavel Orlov admitted on Friday that the jet was hit. Orlov said an inquiry was under way.",
    "",
    "Tragic Explosion Rocks Quiet Harbour Village",
  ].join("\n");
  const found = entities(text);
  const headline = found.filter((m) => m.sentence === 0);
  assert.deepEqual(headline.map((m) => `${m.surface}:${m.type}`), ["Orlov:person", "Moldova:place", "Romania:place"]);
  assert.ok(!found.some((m) => /Harbour|Explosion|Tragic/.test(m.surface)));
});

test("capitalised words that are never entities: weekdays, months, 'Gen Z', page furniture", () => {
  const found = entities("On Thursday, in December, Gen Z voters in Lisbon protested.\n\nOTHER LINKS\n\nWATCH: the latest from IST desk");
  assert.deepEqual(found.map((m) => m.surface), ["Lisbon"]);
});

test("ENTITY_PERSON_APPOSITIVE_TITLE and ENTITY_PERSON_AGE: a role or an age in an appositive marks a person", () => {
  const found = entities(
    "Karim Nassar, the governor of Eastern Province, toured the camps. Lina Sabri, Jordan's foreign minister, agreed. Tomas Brandt, 52, was injured. In Velmora, the governor said roads were shut.",
  );
  assert.equal(typeOf(found, "Karim Nassar"), "person");
  assert.equal(typeOf(found, "Lina Sabri"), "person");
  assert.equal(typeOf(found, "Tomas Brandt"), "person");
  assert.equal(typeOf(found, "Velmora"), "place", "an unclosed clause after a place is not an appositive");
});

test("ENTITY_PERSON_WHO is ignored after a place preposition", () => {
  const found = entities("Sheila Parkin, 67, from Boltby, who has lived abroad for years, said the roads were bad.");
  assert.equal(typeOf(found, "Sheila Parkin"), "person");
  assert.equal(typeOf(found, "Boltby"), "place");
});

test("a sentence-initial person noun is not part of the name", () => {
  const found = entities("Passenger Marta Ribas said the train did not brake.");
  assert.equal(find(found, "Marta Ribas")?.type, "person");
  assert.ok(!found.some((m) => m.surface.includes("Passenger")));
});

test("ENTITY_PLACE_DATELINE: a capitalised dateline is a place, not an acronym", () => {
  const found = entities("VELMORA (RNW) — Floods hit Velmora on Monday.\n\nNATO sent helicopters.");
  assert.equal(find(found, "VELMORA")?.type, "place");
  assert.equal(typeOf(found, "Velmora"), "place");
  assert.equal(typeOf(found, "RNW"), "organization");
  assert.equal(typeOf(found, "NATO"), "organization");
});

test("a verb after a one-word name counts only when the name is also seen mid-sentence", () => {
  assert.deepEqual(entities("Survivors said the deck was crowded. Rescuers said the water was cold."), []);
  const found = entities("Crews arrived at dawn. Later, Okonjo said the deck was crowded.");
  assert.equal(typeOf(found, "Okonjo"), "person");
});

test("ENTITY_PERSON_SURNAME does not turn part of a place name into a person", () => {
  const found = entities("Water was rationed in the Campo de Verdal. Verdal hosted the talks.");
  assert.notEqual(typeOf(found, "Verdal"), "person");
});

test("empty and entity-free text give no mentions", () => {
  assert.deepEqual(entities(""), []);
  assert.deepEqual(entities("it rained all day and nobody came."), []);
});

test("ENTITY_PERSON_BARE_TITLE_OF: an appositive that opens with the office marks a person", () => {
  const found = entities("Tove Marsk, head of the Ministry of Fisheries, said the harbour would reopen.");
  assert.equal(find(found, "Tove Marsk")?.type, "person");
  assert.equal(find(entities("In Lakeport, head of the region said so."), "Lakeport")?.type === "person", false);
});

test("ENTITY_DAY_NAME: a holiday's name is no place and no person", () => {
  const found = entities("The river flooded over the Fifth of November weekend near Marlowby. Crowds gathered in Marlowby on Independence Day. The storm hit on Valentine's Day.");
  assert.equal(typeOf(found, "Fifth"), undefined);
  assert.equal(typeOf(found, "Independence Day"), undefined);
  assert.equal(typeOf(found, "Day"), undefined);
  assert.equal(typeOf(found, "Marlowby"), "place");
  // A person named Day still is one when a cue says so.
  assert.equal(typeOf(entities("The singer Ilsa Day arrived on Monday."), "Ilsa Day"), "person");
});
