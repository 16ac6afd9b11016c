import { test } from "node:test";
import assert from "node:assert/strict";
import { findReprintGroups, reprintContainment, shingleSet } from "./reprints.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";

const WIRE = [
  "Floodwater swept through the river town of Harnby on Monday after two days of heavy rain, forcing more than 2,000 people from their homes, the regional authorities said.",
  "Rescue crews in boats worked through the night to reach families stranded on the upper floors of houses along the river embankment.",
  "The river peaked at 5.2 metres at the town bridge on Monday afternoon, more than a metre above the height of the flood walls built a decade ago.",
  "Two elderly people were found dead in a flooded cottage on the edge of the town, and a fisherman was missing after his boat capsized near the weir, police said.",
  "The regional governor said emergency shelters had been opened in three schools and a sports hall, and that the army had been asked to help with the evacuation.",
  "Forecasters said more rain was expected on Tuesday, and warned that villages further downstream could be flooded within the next two days.",
];
const article = (id: string, paragraphs: string[]) => analyzedArticle(id, paragraphs.join("\n\n"), []);

test("a copy with a new headline, a cut ending, an added paragraph and light edits is one reprint group with its wire text", () => {
  const edited = [
    "Harnby under water as river bursts its banks",
    WIRE[0]!.replace("on Monday", "on Monday morning"),
    WIRE[1]!,
    WIRE[2]!.replace("a decade ago", "ten years ago"),
    WIRE[3]!.replace("police said", "according to police"),
    "Readers can donate blankets and food at the Gazette office on Mill Street.",
  ];
  const independent = [
    "The water came up through the floorboards before dawn, Harnby residents said, and within an hour the main street was a river.",
    "At least two people have died in the flooding, which the mayor called the worst the town had seen, and thousands have left their homes.",
    "Volunteers filled sandbags outside the town hall while army lorries carried families to a sports hall on higher ground.",
  ];
  const wire = article("wire", WIRE);
  const copy = article("copy", edited);
  const other = article("other", independent);
  const containment = reprintContainment(shingleSet(wire.article.text), shingleSet(copy.article.text));
  assert.ok(containment >= 0.5 && containment < 0.95, `edited copy containment ${containment.toFixed(2)}`);
  assert.deepEqual(findReprintGroups([wire, copy, other]).map((g) => g.sort()), [["copy", "wire"]]);
});

test("reports too short to judge are never called copies", () => {
  const a = article("a", ["Two people died in the flood, police said."]);
  const b = article("b", ["Two people died in the flood, police said."]);
  assert.deepEqual(findReprintGroups([a, b]), []);
});

test("copies chain into one group: a copy of a copy joins the wire text's group", () => {
  const wire = article("wire", WIRE);
  const first = article("first", WIRE.slice(0, 5));
  const second = article("second", [...WIRE.slice(1, 5), "An added closing line from a local site, about the town's history of floods."]);
  assert.deepEqual(findReprintGroups([wire, first, second]).map((g) => g.sort()), [["first", "second", "wire"]]);
});
