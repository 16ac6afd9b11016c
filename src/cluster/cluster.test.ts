import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterStories } from "./index.js";
import { findReprintGroups } from "./reprints.js";
import { analyzedArticle } from "../../test/helpers/analyzed.js";
import type { EntityMention } from "../types.js";

type E = Omit<EntityMention, "start" | "end" | "sentence">;
const place = (surface: string): E => ({ surface, key: surface.toLowerCase(), type: "place" });
const org = (surface: string): E => ({ surface, key: surface.toLowerCase(), type: "organization" });

const ashford = (id: string, text: string, published = "2026-03-03") =>
  analyzedArticle(id, text, [{ sentence: 0, kind: "quantity", key: "killed", value: "12", number: 12 }], {
    published,
    entities: [place("Ashford"), org("Kentline Railways")].filter((e) => text.includes(e.surface)),
  });
const dunmore = (id: string, text: string, published = "2026-07-19") =>
  analyzedArticle(id, text, [{ sentence: 0, kind: "quantity", key: "killed", value: "4", number: 4 }], {
    published,
    entities: [place("Dunmore"), org("Coastal Express")].filter((e) => text.includes(e.surface)),
  });

test("two events of one kind, months apart and with other names, are two stories", () => {
  const stories = clusterStories([
    ashford("a1", "Twelve people died when a Kentline Railways train derailed outside Ashford on Tuesday morning. Carriages overturned in a cutting."),
    dunmore("d1", "Four passengers died after a Coastal Express train hit a lorry at a level crossing near Dunmore. The driver was injured."),
    ashford("a2", "The Kentline Railways derailment near Ashford killed twelve, investigators said, blaming a broken rail in the cutting."),
    dunmore("d2", "A level crossing crash near Dunmore left four dead; the Coastal Express driver is in hospital with the lorry driver."),
    ashford("a3", "Ashford mourns the twelve killed in the Kentline Railways derailment, as overturned carriages are lifted from the cutting.", "2026-03-04"),
  ]);
  const groups = stories.map((s) => s.articles.map((a) => a.article.id).sort()).sort();
  assert.deepEqual(groups, [["a1", "a2", "a3"], ["d1", "d2"]]);
});

test("story ids do not depend on the order reports arrive in", () => {
  const a = ashford("a1", "Twelve people died when a Kentline Railways train derailed outside Ashford.");
  const b = ashford("a2", "The Kentline Railways derailment near Ashford killed twelve people.");
  assert.equal(clusterStories([a, b])[0]!.id, clusterStories([b, a])[0]!.id);
});

test("a later development months on with the same names is a new story", () => {
  const stories = clusterStories([
    ashford("a1", "Twelve people died when a Kentline Railways train derailed outside Ashford on Tuesday morning."),
    ashford("a9", "Ten months after the Ashford derailment, Kentline Railways admitted the broken rail had been reported twice.", "2027-01-10"),
  ]);
  assert.equal(stories.length, 2);
});

test("copies of one wire text with a new headline and a cut ending are one reprint group", () => {
  const wire = "A passenger train derailed near Ashford on Tuesday, killing twelve people. Rescue teams worked through the night to free those trapped in two overturned carriages. The operator said it would cooperate fully with the investigation into the cause.";
  const copy = "Rail disaster in the south. A passenger train derailed near Ashford on Tuesday, killing twelve people. Rescue teams worked through the night to free those trapped in two overturned carriages.";
  const other = "Twelve people are dead after a train left the rails outside Ashford, where neighbours ran to help. Investigators arrived on Wednesday to examine the track.";
  const groups = findReprintGroups([ashford("w", wire), ashford("c", copy), ashford("o", other)]);
  assert.deepEqual(groups.map((g) => g.sort()), [["c", "w"]]);
});
