import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterStories } from "./index.js";
import { documentFromBytes } from "../ingest/index.js";
import { extractArticle } from "../extract/index.js";
import { analyzeArticle } from "../analyze/index.js";
import { sameOngoingEvent } from "./running-tallies.js";
import { timeAffinity } from "./time-affinity.js";
import type { AnalyzedArticle } from "../types.js";

// Fictional reports through the real extract and analyze stages: one wildfire told over three
// weeks, each report with the moving tallies of its day, and a second fire of the same kind a
// week after the first, in another valley, told with the same kind of running counts.
function report(id: string, published: string, text: string): AnalyzedArticle {
  const document = documentFromBytes(`${id}.txt`, new TextEncoder().encode(text));
  if ("message" in document) throw new Error(document.message);
  const analyzed = analyzeArticle(extractArticle(document));
  return { ...analyzed, article: { ...analyzed.article, published } };
}

const fireStart = report(
  "fire-start",
  "2033-08-02",
  `Corvell Ridge fire forces evacuations in Brannock County

A wildfire that broke out on Corvell Ridge on Monday has burned 4,200 acres so far and destroyed 31 homes in Brannock County, fire officials said. Two people have died. Cal Orrin, the county fire chief, ordered the evacuation of Tessaly and Upper Hanlow as winds pushed the Corvell Ridge fire toward the valley. Crews from four counties are fighting the blaze, which is 5% contained.`,
);
const fireSecondDay = report(
  "fire-second-day",
  "2033-08-04",
  `Corvell Ridge fire grows as winds return

The Corvell Ridge fire has burned 9,800 acres in Brannock County and the death toll rose to four, fire chief Cal Orrin said on Wednesday. At least 87 homes have been destroyed in Tessaly and Upper Hanlow. The blaze is 12% contained, and evacuation orders were extended to Lower Hanlow.`,
);
const fireWeekTwo = report(
  "fire-week-two",
  "2033-08-12",
  `In Tessaly, a bakery reopens as the Corvell Ridge fire smoulders

Mirela Stoyan fired up her ovens on Thursday for the first time since the evacuation, handing out bread to neighbours sifting through what was left of their streets. The Corvell Ridge fire has burned 21,500 acres so far, and the toll rose to seven, Brannock County officials said. At least 240 homes have been destroyed. Volunteers from the Hanlow Grange hauled water tanks up the hill roads, and a school gym became a shelter for families who lost everything.`,
);
const fireWeekThree = report(
  "fire-week-three",
  "2033-08-21",
  `Insurers and inspectors arrive as Corvell Ridge fire winds down

Damage inspectors began walking the burn scar in Tessaly and Brannock County on Saturday, and insurers opened a claims centre in the Upper Hanlow library. Fire chief Cal Orrin said the Corvell Ridge fire had burned 23,900 acres and the death toll rose to eight; 262 homes have been destroyed. Geologists warned that the bare slopes could send mud onto the valley roads when the autumn rains come.`,
);
const otherFire = report(
  "other-fire",
  "2033-08-09",
  `Mesquite Flats fire threatens Dunmore in Pellworth County

A wildfire in the Mesquite Flats east of Dunmore has burned 6,700 acres so far in Pellworth County, and one person has died, sheriff Ida Kwarteng said. At least 19 homes have been destroyed along the Saltbrush Highway, and the town of Dunmore was told to be ready to leave. The Mesquite Flats fire is 10% contained.`,
);

test("an ongoing fire reported over three weeks is one story; a fire of the same kind a week on in another county stays apart", () => {
  const stories = clusterStories([fireStart, fireSecondDay, otherFire, fireWeekTwo, fireWeekThree]);
  const groups = stories.map((s) => s.articles.map((a) => a.article.id).sort()).sort();
  assert.deepEqual(groups, [["fire-second-day", "fire-start", "fire-week-three", "fire-week-two"], ["other-fire"]]);
});

test("a longer half-life needs two moving tallies in common, and still fades with the gap", () => {
  const vector = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));
  assert.equal(sameOngoingEvent(vector("r:killed", "r:acre"), vector("r:killed", "r:acre", "w:fire")), true);
  assert.equal(sameOngoingEvent(vector("r:killed", "w:fire"), vector("r:killed", "w:fire")), false);
  assert.ok(timeAffinity(10, [2], true) > timeAffinity(10, [2], false));
  assert.ok(timeAffinity(62, [2], true) < 0.1);
  assert.equal(timeAffinity(4, [2], true), 1);
});
