import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HAVE_SEEDS, SEEDS_DIR, seedIds } from "./helpers/seeds.js";
import { postJson, startTestServer, type TestServer } from "./helpers/server.js";
import { assertEvidenceIsExact, assertOutlierContradictsMost, assertSeedConflicts, assertSeedFacts, assertSpellingsMerged, type JsonStory } from "./helpers/seed-findings.js";

const skip = HAVE_SEEDS ? false : "../shared/seeds is not beside the repo";
let server: TestServer | undefined;
after(() => server?.close());

test("the five seeds posted one by one form one story, and GET /api/stories/:id gives the v0 findings", { skip }, async () => {
  server = await startTestServer();
  const stories = new Set<string>();
  for (const id of seedIds()) {
    const text = readFileSync(join(SEEDS_DIR, `${id}.txt`), "utf8");
    const { status, json } = await postJson(`${server.url}/api/reports`, { text, source: `${id}.txt` });
    assert.equal(status, 201, JSON.stringify(json));
    assert.equal(json.id, id);
    stories.add(json.story);
  }
  const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { total: number; stories: { id: string; reports: number }[] };
  assert.equal(list.total, 1, "one story");
  assert.equal(list.stories[0]!.reports, 5);
  const storyId = list.stories[0]!.id;
  assert.ok(stories.has(storyId));

  const response = await fetch(`${server.url}/api/stories/${encodeURIComponent(storyId)}`);
  assert.equal(response.status, 200);
  const story = (await response.json()) as JsonStory & { id: string };
  assert.equal(story.id, storyId);
  assert.deepEqual(story.articles.map((a) => a.id).sort(), seedIds());
  assertSeedFacts(story);
  assertSeedConflicts(story);
  assertOutlierContradictsMost(story);
  assertSpellingsMerged(story);
  assertEvidenceIsExact(story);
});
