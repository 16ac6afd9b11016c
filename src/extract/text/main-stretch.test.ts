/** The main-stretch step of the line cleaner (EXTRACT_DROP_OUTSIDE_BODY) on invented scraped pages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "./index.js";
import { RULE } from "./rule-ids.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls, the mayor told reporters at the town hall.";
const P4 = "Schools in the valley stay closed until Friday, and the bus company has suspended its two river routes for the rest of the week.";
const ARTICLE = [P1, P2, P3, P4];

const ruleOf = (removed: { text: string; rule: string }[], text: string) => removed.find((line) => line.text === text)?.rule;
const MENU = ["Weather Radar", "School Closings", "Traffic Cams", "Lottery Results", "Contests", "Obituaries", "Jobs Board", "Classifieds"];

test("on a scraped page only the stretch densest in prose is kept (EXTRACT_DROP_OUTSIDE_BODY)", () => {
  const teaser = "A second ferry will join the crossing next spring, the operator said on its website.";
  const headlines = ["Ferry Operator Adds Second Boat", "Council Names New Harbour Master", "Storm Warning Lifted for Coast", "Bakery Wins Regional Prize", "Road Works Close Bridge Lane", "Choir Tours the Valley"];
  const out = cleanText([...MENU, "Flood Forces Hundreds From Homes", ...ARTICLE, ...headlines, teaser].join("\n"));
  assert.deepEqual(out.paragraphs, ARTICLE);
  assert.equal(ruleOf(out.removed, teaser), RULE.OUTSIDE_BODY);
  // HTML paragraphs were chosen by the extractor already: the step does not run on them.
  const structured = cleanText([P1, ...headlines, P2].join("\n\n"), { structured: true });
  assert.deepEqual(structured.paragraphs, [P1, ...headlines, P2]);
});

test("the stretch keeps a closing list the article introduces", () => {
  const list = ["Monday – Harbour Hall", "Tuesday – Old Mill", "Wednesday – Town Square", "Thursday – Library", "Friday – Ferry Pier", "Saturday – Chapel Road", "Sunday – Market"];
  const out = cleanText([P1, P2, "Drop-in centres this week:", ...list].join("\n"));
  assert.deepEqual(out.paragraphs, [P1, P2, "Drop-in centres this week:", ...list]);
});

test("a list of teasers (headline, one-sentence snippet) after the article does not pay its way", () => {
  const teasers = [
    ["Ferry Operator Adds Second Boat", "The operator said the new boat would double the winter crossings from the old pier next year."],
    ["Council Names New Harbour Master", "The former coastguard captain takes over in January after twelve years at the southern station."],
    ["Bakery Wins Regional Prize", "Judges praised the rye loaf that the family has baked to the same recipe since the war ended."],
  ].flat();
  const out = cleanText([...ARTICLE, "More From the Valley", ...teasers, "Weather Radar"].join("\n"));
  assert.deepEqual(out.paragraphs, ARTICLE);
  assert.equal(ruleOf(out.removed, teasers[1]!), RULE.OUTSIDE_BODY);
});

test("an article cut in two by a wall of short lines keeps its second half", () => {
  const later = [
    "Farmers on the east bank said the water had covered their fields for the third time in ten years, and that the drains built after the last flood had failed within hours.",
    "The regional government promised an inquiry into the drains and said emergency payments of up to 2,000 euros per household would be made from Monday through the town hall.",
    "Volunteers from three neighbouring villages have filled more than 5,000 sandbags since Tuesday, and the army sent two lorries of drinking water on Wednesday afternoon.",
  ];
  const wall = MENU.concat(["Podcasts", "Puzzles", "Horoscopes", "Recipes"]);
  const out = cleanText([...ARTICLE, ...wall, ...later, ...MENU].join("\n"));
  assert.deepEqual(out.paragraphs, [...ARTICLE, ...later]);
});

test("a standfirst that restates the lead is kept when a photo and a byline box cut it off from the body", () => {
  const standfirst = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 450 residents to leave their homes before dawn.";
  const ownWords = "A night of rain left a river town counting the cost of a flood it had been told would never come again.";
  const box = ["Flood-Marlow-Creek-Photo", "Water covers the square. (Photo: Valley Press)", "Tom Reede", "By Tom ReedeMarch 3, 2031", "Tom Reede", "See Full Bio"];
  const page = (dek: string) => [...MENU, "Flood Forces Hundreds From Homes", dek, ...box, ...ARTICLE, "Weather Radar"].join("\n");
  assert.deepEqual(cleanText(page(standfirst)).paragraphs, [standfirst, ...ARTICLE]);
  // A dek in words of its own stays out, as article-extraction ground truths leave it out.
  const out = cleanText(page(ownWords));
  assert.deepEqual(out.paragraphs, ARTICLE);
  assert.equal(ruleOf(out.removed, ownWords), RULE.OUTSIDE_BODY);
});
