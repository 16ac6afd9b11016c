/** Author boxes under an article, on invented pages (EXTRACT_DROP_FOOTER). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "./index.js";
import { RULE } from "./rule-ids.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls, the mayor told reporters at the town hall.";

const ruleOf = (removed: { text: string; rule: string }[], text: string) => removed.find((line) => line.text === text)?.rule;

test("an 'About Jane Roe' heading and the bio below it that names her again are an author box", () => {
  const bio = "Mother of two and a keen sailor, Jana Beispiel has covered the harbour and the courts for the Valley Herald since 2015, after ten years at a regional radio station.";
  const out = cleanText([P1, P2, P3, "About Jana Beispiel", bio].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, "About Jana Beispiel"), RULE.FOOTER);
  assert.equal(ruleOf(out.removed, bio), RULE.FOOTER);
});

test("author boxes in other languages", () => {
  const bioDe = "Als Redakteur für Wirtschaft schreibt Jonas Beispiel seit 2019 über Häfen, Verkehr und die Industrie der Region, zuvor arbeitete er für eine Nachrichtenagentur.";
  const outDe = cleanText([P1, P2, P3, "Über Jonas Beispiel", bioDe].join("\n"));
  assert.equal(ruleOf(outDe.removed, bioDe), RULE.FOOTER);
  const bioEs = "Periodista desde hace veinte años, Juana Pérez cubre la política local y los tribunales para el diario y antes trabajó en la radio pública de la región.";
  const outEs = cleanText([P1, P2, P3, "Sobre Juana Pérez", bioEs].join("\n"));
  assert.equal(ruleOf(outEs.removed, bioEs), RULE.FOOTER);
});

test("a sub-heading 'About …' over a paragraph that does not name it again is body", () => {
  const paragraph = "The stone bridge was built in 1871 and has been closed twice before, once for a flood in 1953 and once for repairs to its piers in the 1990s.";
  const out = cleanText([P1, P2, "About The Bridge", paragraph, P3].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, "About The Bridge", paragraph, P3]);
  const us = cleanText([P1, P2, P3, "About Us", "Contact"].join("\n"));
  assert.equal(ruleOf(us.removed, "About Us"), RULE.FOOTER); // the legal-links rule, not the author box
});

test("a bio without a heading that opens with the credited writer's name closes the article and is dropped", () => {
  const bio = "Tomasz Wrenfield has reported on rivers and flood defences for twelve years, and lives upstream with two dogs and a canoe.";
  const first = "Tomasz has covered the valley's weather since the floods of the last decade and edits the weekly outdoors page.";
  const out = cleanText([P1, P2, P3, bio].join("\n"), { structured: true, writers: ["Tomasz Wrenfield"] });
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  assert.equal(ruleOf(out.removed, bio), RULE.FOOTER);
  assert.deepEqual(cleanText([P1, P2, P3, first].join("\n"), { structured: true, writers: ["Tomasz Wrenfield"] }).paragraphs, [P1, P2, P3]);
  // The same paragraph about someone the page does not credit, or high in the article, stays.
  assert.deepEqual(cleanText([P1, P2, P3, bio].join("\n"), { structured: true, writers: ["Jana Beispiel"] }).paragraphs, [P1, P2, P3, bio]);
  assert.deepEqual(cleanText([bio, P1, P2, P3].join("\n"), { structured: true, writers: ["Tomasz Wrenfield"] }).paragraphs, [bio, P1, P2, P3]);
});
