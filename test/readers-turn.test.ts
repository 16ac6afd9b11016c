import { test } from "node:test";
import assert from "node:assert/strict";
import { prepareStory } from "../src/pipeline.js";
import type { Store } from "../src/store/index.js";
import type { AnalysisPool } from "../src/workers/analysis-pool.js";

test("preparing a story lets waiting readers in between reading its reports and handing them to a worker", async () => {
  const steps: string[] = [];
  const store = {
    storyRevision: async () => "rev-1",
    storyArticles: async () => {
      steps.push("read articles");
      // A reader's request arriving while the articles are read: its callback must run before the hand-off.
      setImmediate(() => steps.push("reader answered"));
      return [];
    },
    saveSummary: async () => {},
    saveStoryView: async () => {},
  } as unknown as Store;
  const pool = {
    story: async () => {
      steps.push("handed to worker");
      return { summary: {}, reports: [], aligned: "" };
    },
  } as unknown as AnalysisPool;
  await prepareStory(store, "story-of-a-ferry", { pool });
  assert.deepEqual(steps, ["read articles", "reader answered", "handed to worker"]);
});
