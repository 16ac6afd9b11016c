import { test } from "node:test";
import assert from "node:assert/strict";
import { checkInputs } from "../../../pipeline.js";
import { describeStoryChange } from "./story-change.js";

// examples/rail-crash (fictional): daily-blast alone sends the train to Karaganda, the others to Astana.
const { stories } = await checkInputs(["examples/rail-crash"], { budget: { secondsPerMb: 60, minSeconds: 120 } });
const rail = stories[0]!;

test("a report that alone gives another value makes a new disputed point", () => {
  const change = describeStoryChange(rail, new Set(["daily-blast"]));
  assert.equal(change.opened, false);
  assert.equal(change.reports, 5);
  assert.deepEqual(change.newDisputes, ["destination"]);
  assert.deepEqual(change.joinedDisputes, []);
});

test("a report that sides with others on a point already disputed joins it, and adds no agreed fact others already state", () => {
  const change = describeStoryChange(rail, new Set(["railwatch-asia"]));
  assert.deepEqual(change.newDisputes, []);
  assert.deepEqual(change.joinedDisputes, ["destination"]);
  assert.ok(!change.newAgreed.includes("killed"), "three other outlets state the toll");
});

test("reports that make up the whole story opened it", () => {
  const change = describeStoryChange(rail, new Set(rail.story.articles.map(({ article }) => article.id)));
  assert.equal(change.opened, true);
  assert.deepEqual(change.newDisputes, ["destination"]);
});
