import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterStories } from "./index.js";
import { documentFromBytes } from "../ingest/index.js";
import { extractArticle } from "../extract/index.js";
import { analyzeArticle } from "../analyze/index.js";
import type { AnalyzedArticle } from "../types.js";

// Fictional reports through the real extract and analyze stages: two shootings of one city a
// week apart (same police chief, same kind of words), and one of them told by a long feature, a
// police-beat report and a two-sentence wire item that shares few words with the feature.
function report(id: string, published: string, text: string): AnalyzedArticle {
  const document = documentFromBytes(`${id}.txt`, new TextEncoder().encode(text));
  if ("message" in document) throw new Error(document.message);
  const analyzed = analyzeArticle(extractArticle(document));
  return { ...analyzed, article: { ...analyzed.article, published } };
}

const barFeature = report(
  "bar-feature",
  "2031-04-13",
  `Kessler Avenue mourns Darnell Okafor after Saturday night shooting outside the Blue Lantern

Marlow Heights woke on Sunday to chalk outlines and yellow tape outside the Blue Lantern, the corner bar on Kessler Avenue where Darnell Okafor, 24, was shot dead shortly before midnight on Saturday. Two other men were wounded and taken to St. Brigid Medical Center, where one remained in critical condition.

Okafor had worked the door at the Blue Lantern for three years. Neighbours described a quiet man who coached a youth basketball team at the Fenwick recreation centre and had saved for a trade course in welding. "He broke up fights, he never started them," said Loretta Vance, who has run the laundromat across the street for two decades.

Police Chief Angela Morrow said officers found shell casings from two different handguns in the parking lot and were reviewing footage from cameras along Kessler Avenue. Investigators believe an argument inside the bar spilled onto the pavement. No arrests have been made, and Morrow asked anyone who was in the bar after ten o'clock to come forward.

A candlelight vigil is planned for Monday evening outside the bar. The Blue Lantern's owner, Ray Delgado, said it would stay closed for the rest of the week.`,
);
const barBeat = report(
  "bar-beat",
  "2031-04-13",
  `Man killed, two wounded in shooting outside Kessler Avenue bar

A 24-year-old doorman was killed and two men were wounded in a shooting outside the Blue Lantern bar on Kessler Avenue in Marlow Heights late Saturday, police said. Police Chief Angela Morrow identified the man who died as Darnell Okafor. Detectives recovered casings from two handguns in the parking lot and believe a dispute inside the bar moved outside. The wounded men were taken to St. Brigid Medical Center. No arrests have been made.`,
);
const barWire = report(
  "bar-wire",
  "2031-04-14",
  `Doorman shot dead in Marlow Heights

MARLOW HEIGHTS (Wire) — A doorman was shot dead and two men wounded outside the Blue Lantern late Saturday. Police have made no arrests.`,
);
const stationFirst = report(
  "station-first",
  "2031-04-20",
  `Clerk killed in Pine Ridge Road gas station shooting

A 31-year-old clerk was shot and killed during a robbery at the Sunmart gas station on Pine Ridge Road in Marlow Heights early Sunday, police said. Police Chief Angela Morrow identified him as Tomas Whitfield. A masked man fled on foot with cash from the register, and officers are searching the area around the Harlan rail yard. No arrests have been made.`,
);
const stationSecond = report(
  "station-second",
  "2031-04-21",
  `Police release images of Sunmart robbery suspect after clerk's death

Marlow Heights police on Monday released images of a masked man they say shot Tomas Whitfield, 31, during a robbery at the Sunmart on Pine Ridge Road. Chief Angela Morrow said the suspect took about $300 and ran toward the Harlan rail yard. Whitfield's sister said he was two weeks from finishing a nursing degree.`,
);

test("two shootings in one city a week apart stay apart; a short wire item and a long feature of one join", () => {
  const stories = clusterStories([barFeature, barBeat, stationFirst, barWire, stationSecond]);
  const groups = stories.map((s) => s.articles.map((a) => a.article.id).sort()).sort();
  assert.deepEqual(groups, [
    ["bar-beat", "bar-feature", "bar-wire"],
    ["station-first", "station-second"],
  ]);
});
