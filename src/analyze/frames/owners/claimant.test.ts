import { test } from "node:test";
import assert from "node:assert/strict";
import { claimantOf } from "./claimant.js";
import { tagSentence } from "../tagger.js";
import type { EntityMention, EntityType } from "../../../types.js";

/** The claimant of the figure `figure` in `text`, whose named entities are `names`. */
function claimant(text: string, figure: string, names: [string, EntityType][]): string | undefined {
  const { tokens } = tagSentence(text, 0);
  const mentions: EntityMention[] = names.map(([surface, type]) => {
    const start = text.indexOf(surface);
    return { surface, type, key: surface.toLowerCase(), start, end: start + surface.length, sentence: 0 };
  });
  const first = tokens.findIndex((t) => t.start >= text.indexOf(figure));
  return claimantOf(tokens, first, mentions)?.key;
}

test("the side whose spokesman speaks claims the figure, not the spokesman's name", () => {
  const text = "Ostria's army spokesman, General Pell Varn, said Westmark hit seven villages.";
  assert.equal(claimant(text, "seven", [["Ostria", "place"], ["Pell Varn", "person"], ["Westmark", "place"]]), "ostria");
});

test("a subject that announced, saying it struck, claims the figure", () => {
  const text = "Westmark announced an operation on Friday, saying it struck camps at eleven locations.";
  assert.equal(claimant(text, "eleven", [["Westmark", "place"]]), "westmark");
});

test("according to names the source", () => {
  const text = "Fourteen bridges were damaged, according to the Ostrian Roads Agency.";
  assert.equal(claimant(text, "Fourteen", [["Ostrian Roads Agency", "organization"]]), "ostrian roads agency");
});

test("a speaker after the figure claims it", () => {
  const text = "The shelling wounded 23 people, the Westmark Health Office said.";
  assert.equal(claimant(text, "23", [["Westmark Health Office", "organization"]]), "westmark health office");
});

test("a figure nobody is named for has no claimant", () => {
  assert.equal(claimant("Westmark hit seven villages overnight.", "seven", [["Westmark", "place"]]), undefined);
  assert.equal(claimant("Seven villages were hit, officials said.", "Seven", []), undefined);
});

test("a person's name alone names no side", () => {
  const text = "General Pell Varn said seven villages were hit.";
  assert.equal(claimant(text, "seven", [["Pell Varn", "person"]]), undefined);
});
