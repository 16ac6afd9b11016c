import { test } from "node:test";
import assert from "node:assert/strict";
import { rankFacts, slotLabel, timelineLine } from "./labels.js";
import type { Fact } from "../types.js";

test("frame labels read as English: irregular plurals, owners in brackets, named slots as they are", () => {
  assert.equal(slotLabel("foot: Hunt"), "feet (Hunt)");
  assert.equal(slotLabel("square foot"), "square feet");
  assert.equal(slotLabel("cardinal elector"), "cardinal electors");
  assert.equal(slotLabel("person"), "people");
  assert.equal(slotLabel("share: Civic Union"), "Civic Union vote share");
  assert.equal(slotLabel("killed"), "killed");
  assert.equal(slotLabel("date: incident"), "date of the incident");
  assert.equal(slotLabel("date: announcement"), "date of the announcement");
  assert.equal(slotLabel("painting lost"), "paintings lost");
  assert.equal(slotLabel("jewel recovered: Harlow Museum"), "jewels recovered (Harlow Museum)");
});

test("places, ranks, series and earlier results read as one thing, not as plurals", () => {
  assert.equal(slotLabel("finishing place: Green League"), "finishing place (Green League)");
  assert.equal(slotLabel("which ballot"), "which ballot");
  assert.equal(slotLabel("headquarters"), "headquarters");
  assert.equal(slotLabel("birthplace: Ana Ruiz"), "birthplace (Ana Ruiz)");
  assert.equal(slotLabel("earlier winner"), "earlier winner");
  assert.equal(slotLabel("majority threshold"), "majority threshold");
  assert.equal(slotLabel("floor"), "floor");
  assert.equal(slotLabel("total seat"), "total seats");
  assert.equal(slotLabel("share (2027): Civic Union"), "Civic Union vote share in 2027");
  assert.equal(slotLabel("killed (2017)"), "killed in 2017");
  assert.equal(slotLabel("killed (2031-03-03)"), "killed on 3 Mar 2031");
});

test("a measure already plural stays as it is; a singular ending in -s is made plural", () => {
  assert.equal(slotLabel("drive yards: Dale Moran"), "drive yards (Dale Moran)");
  assert.equal(slotLabel("votes"), "votes");
  assert.equal(slotLabel("bus"), "buses");
  assert.equal(slotLabel("loss"), "losses");
  assert.equal(slotLabel("open time: Halden Gallery"), "open time (Halden Gallery)");
});

test("an irregular plural is not made plural twice; a distance before a compass word is the plural noun", () => {
  assert.equal(slotLabel("crest in feet: Dunmere"), "crest in feet (Dunmere)");
  assert.equal(slotLabel("children"), "children");
  assert.equal(slotLabel("mile west"), "miles west");
  assert.equal(slotLabel("kilometre north-east: Arlow"), "kilometres north-east (Arlow)");
  assert.equal(slotLabel("share in Vellmark"), "share in Vellmark");
});

test("a timeline's dates read as words, and a timeline with no date gives none", () => {
  const step = (display: string, date: string | null) => ({ display, date });
  assert.equal(timelineLine([step("4", "2031-04-09"), step("9", "2031-04-10")], "injured").dates, "9 Apr 2031 → 10 Apr 2031");
  assert.equal(timelineLine([step("4", "2031-04-09"), step("9", null)], "injured").dates, "9 Apr 2031 → undated");
  assert.deepEqual(timelineLine([step("4", null), step("9", null)], "injured"), { values: "4 → 9 injured", dates: "" });
});

test("the offices of a person are labelled with the person's name", () => {
  assert.equal(slotLabel("office: ana ruis", "Ana Ruiz"), "office of Ana Ruiz");
  assert.equal(slotLabel("office: ana ruiz"), "office of Ana Ruiz");
});

test("the days something was said, like dates with no event, are left out of the lists", () => {
  const fact = (key: string) => ({ key, kind: "date", value: "2031-03-02", display: "March 2", status: "corroborated", support: [], reports: 2, independentSources: 2 }) as Fact;
  assert.deepEqual(rankFacts([fact("date: statement"), fact("date: unspecified"), fact("date: vote")]).map((f) => f.key), ["date: vote"]);
});
