/** Teasers whose headline is glued to the summary without a space, on invented pages (EXTRACT_DROP_TEASER). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "./index.js";
import { gluedJoin, markGluedTeasers } from "./glued-teasers.js";
import { makeLine } from "./lines.js";
import { RULE } from "./rule-ids.js";

const P1 = "Heavy rain flooded the lower town of Marlow Creek on Tuesday night, forcing about 400 residents to leave their homes before dawn.";
const P2 = "The regional fire service said three people were taken to hospital with minor injuries and that no one was missing by Wednesday morning.";
const P3 = "Engineers will inspect the old stone bridge over the creek once the water falls, the mayor told reporters at the town hall.";

const TEASER_1 = "Harbour Team Loses Cup Final After Late Penalty DramaThe captain said the referee had made the wrong call in the last minute of the game.";
const TEASER_2 = "Why The Old Ferry Is Late Again This WinterRepairs to the engine took longer than planned, the operator told passengers on Monday.";

const ruleOf = (removed: { text: string; rule: string }[], text: string) => removed.find((line) => line.text === text)?.rule;

test("a Title Case headline glued to a sentence-case summary is a teaser of another story", () => {
  assert.equal(gluedJoin(makeLine(TEASER_1)), "DramaThe");
  const out = cleanText([TEASER_1, TEASER_2, "Flood Forces Hundreds From Homes", P1, P2, P3].join("\n"));
  assert.equal(ruleOf(out.removed, TEASER_1), RULE.TEASER);
  assert.equal(ruleOf(out.removed, TEASER_2), RULE.TEASER);
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
});

test("a camel-cased brand inside a sentence is body", () => {
  const brand = "The new RiverLink ferry app lets passengers check the timetable, and the operator said RiverLink would add the night boats in May.";
  assert.equal(gluedJoin(makeLine(brand)), null); // sentence case before the junction
  const lines = [makeLine(brand)];
  markGluedTeasers(lines);
  assert.equal(lines[0]!.rule, null);
});

test("a Title Case run into a brand the page names again is not a glue artefact", () => {
  const line = "Harbour Board Chair Backs New PortLink plans for the east quay, saying the link would cut lorry traffic in the town centre.";
  assert.equal(gluedJoin(makeLine(line)), "PortLink");
  const lines = [makeLine(line), makeLine("PortLink will open in the spring, the board said in a statement on Monday.")];
  markGluedTeasers(lines);
  assert.equal(lines[0]!.rule, null);
});

test("name prefixes (Mc, Le) and headlines with an abbreviation are left alone", () => {
  assert.equal(gluedJoin(makeLine("Harbour Team Captain Signs With Angus McDonald and the club said the fee was a record for the league this year.")), null);
  assert.equal(gluedJoin(makeLine("Marlow Creek Gov. Jane RoeJane Roe said the state would pay for the repairs to the bridge this year.")), null);
});
