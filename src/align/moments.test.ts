import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeArticle } from "../analyze/index.js";
import { alignStory } from "./index.js";
import type { AlignedStory, Article, Claim } from "../types.js";

/**
 * When figures of reports were counted, and what they are about: counts at two moments, a report
 * written about an earlier event of the same kind, the makeup of two different objects, an event
 * told at several places, and a length of play owned by the player who led it. Names and figures
 * are invented.
 */
function report(id: string, text: string, published: string | null = "2031-05-02"): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title: id, published, byline: null, dateline: null, language: "en", paragraphs: text.split("\n\n"), text, removed: [], attributions: [] };
}
const framesOf = (text: string): Claim[] => analyzeArticle(report("r", text)).claims.filter((c) => c.kind === "quantity");
const story = (...articles: Article[]): AlignedStory =>
  alignStory({ id: "s", headline: "h", articles: articles.map((a) => analyzeArticle(a)), reprintGroups: [] });
const reasons = (aligned: AlignedStory) => aligned.conflicts.map((c) => c.reason).join("; ") || "no conflicts";
const stepsOf = (aligned: AlignedStory, key: RegExp) => aligned.updates.find((u) => key.test(u.key))?.steps.map((s) => s.value);

test("injured beside a toll that also moved were counted at another moment: an update, not a dispute", () => {
  const aligned = story(
    report("early", "Officials said the shelling killed four people and wounded 17 in Dovra."),
    report("late", "The army confirmed that 19 people were killed and 53 others injured in the shelling of Dovra."),
  );
  assert.equal(aligned.conflicts.filter((c) => /injured/.test(c.key)).length, 0, reasons(aligned));
  assert.deepEqual(stepsOf(aligned, /^injured/), ["17", "53"]);
});

test("injured beside the same toll were counted at one moment: two figures of it contradict", () => {
  const aligned = story(
    report("a", "Officials said the shelling killed four people and wounded 17 in Dovra."),
    report("b", "Officials said the shelling killed four people and wounded 21 in Dovra."),
  );
  assert.equal(aligned.conflicts.filter((c) => /injured/.test(c.key)).length, 1, reasons(aligned));
});

test("a report that gives a tally at two counts puts both in the timeline beside another report's", () => {
  const aligned = story(
    report("d1", "Divers had recovered 12 bodies from the river by Monday morning.", "2031-03-03"),
    report("d2", "Divers recovered 23 bodies by Tuesday. Divers had recovered 31 bodies by Wednesday evening.", "2031-03-05"),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
  const steps = aligned.updates.flatMap((u) => u.steps.map((s) => s.value));
  for (const value of ["12", "23", "31"]) assert.ok(steps.includes(value), `${value} in ${JSON.stringify(aligned.updates)}`);
});

test("an undated report whose yearless days lie months before the story tells of an earlier event: its figures dispute nothing", () => {
  const aligned = story(
    report("now", "The Civic Union won 31.2 percent of the vote on Sunday, final results show.", "2031-03-10"),
    report("also", "Final results show the Civic Union on 31.2 percent of the vote.", null),
    report("before", "Officials said early October 14 that the Civic Union won 22.7 percent of the vote.", null),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
});

test("an undated report whose yearless day is a coming one (a deadline) still speaks of the story's time", () => {
  const aligned = story(
    report("now", "The Civic Union won 31.2 percent of the vote on Sunday.", "2031-02-10"),
    report("later", "The Civic Union won 34.9 percent of the vote and wants a government by April 12.", null),
  );
  assert.equal(aligned.conflicts.length, 1, reasons(aligned));
});

test("stones a piece is said to contain describe that piece: two pieces' counts are no dispute", () => {
  const [stones] = framesOf("Also taken was a clasp containing 14 opals set among 310 garnets.");
  assert.equal(stones?.comparable, false);
  const aligned = story(
    report("a", "Also taken was a clasp containing 14 opals set among 310 garnets."),
    report("b", "A brooch of 470 garnets was later found outside."),
  );
  assert.deepEqual(aligned.conflicts, [], reasons(aligned));
});

test("a name a preposition governs is no subject: the drive is the quarterback's, and another length of it contradicts", () => {
  const [drive] = framesOf("Tomas Briar scored with a 2-yard Harbor Sneak after engineering a ten-play 61-yard drive.");
  assert.match(drive?.owner ?? "", /tomas briar$/);
  const aligned = story(
    report("a", "Tomas Briar scored with a 2-yard Harbor Sneak after engineering a ten-play 61-yard drive."),
    report("b", "The Rovers struck first, with Tomas Briar leading a 73-yard drive."),
  );
  assert.equal(aligned.conflicts.filter((c) => /drive/.test(c.key)).length, 1, reasons(aligned));
});
