import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { postJson, startTestServer } from "./helpers/server.js";

const RAIL = "examples/rail-crash";
const railText = readdirSync(RAIL).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f, text: readFileSync(`${RAIL}/${f}`, "utf8") }));

/**
 * A long report of many ordinary paragraphs (the example reports, again and again, each copy
 * numbered so that no two paragraphs are the same): about 9 MB, which no analysis reads in 4 s.
 */
function bigReport(bytes: number): string {
  const parts = ["A very long dispatch\n"];
  let size = parts[0]!.length;
  for (let copy = 0; size < bytes; copy++) {
    const body = `${railText[copy % railText.length]!.text}\nThis was copy ${copy} of the dispatch.\n`;
    parts.push(body);
    size += body.length;
  }
  return parts.join("\n");
}

test("a report over its time budget is answered E_TOO_SLOW while readers keep being answered, and nothing stored is lost", async () => {
  // 4 s at most for the big report (the floor), counted in the worker's own CPU time on Linux:
  // ordinary reports take a fraction of it, while the big one needs several times more. The floor
  // leaves an ordinary report room on a loaded machine, where its five budgets of wall time run out
  // first (a 2 s floor failed at load 10 with two suites running).
  const server = await startTestServer({ budget: { secondsPerMb: 0.05, minSeconds: 4 } });
  try {
    const first = await postJson(`${server.url}/api/reports`, { text: railText[0]!.text, source: railText[0]!.name });
    const second = await postJson(`${server.url}/api/reports`, { text: railText[1]!.text, source: railText[1]!.name });
    assert.equal(first.status, 201, JSON.stringify(first.json));
    assert.equal(second.status, 201, JSON.stringify(second.json));
    const story = first.json.story as string;
    const before = await server.store.counts();
    const storyPath = `/api/stories/${encodeURIComponent(story)}`;
    assert.equal((await fetch(`${server.url}${storyPath}`)).status, 200);

    let answered = false;
    const posting = postJson(`${server.url}/api/reports`, { text: bigReport(9 * 1024 * 1024), source: "very-long-dispatch" }).finally(() => {
      answered = true;
    });
    const reads: { path: string; status: number; ms: number; duringPost: boolean }[] = [];
    while (!answered) {
      for (const path of [storyPath, "/", "/api/stories"]) {
        const start = performance.now();
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
        reads.push({ path, status: response.status, ms: performance.now() - start, duringPost: !answered });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const post = await posting;

    assert.equal(post.status, 422, JSON.stringify(post.json));
    assert.equal(post.json.error.code, "E_TOO_SLOW");
    assert.match(post.json.error.message, /took longer than 4 s to analyse; skipped/);
    const during = reads.filter((r) => r.duringPost);
    assert.ok(during.length >= 6, `readers were answered while the report was analysed (${during.length} reads)`);
    assert.ok(during.every((r) => r.status === 200), JSON.stringify(during.filter((r) => r.status !== 200)));
    // A server that analysed on its main thread would hold every read until the budget ran out:
    // then only a read or two would finish during the post, each taking 4 s or more.
    const median = during.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(during.length / 2)]!;
    assert.ok(median < 1000, `median read during the post took ${median.toFixed(0)} ms: ${JSON.stringify(during.map((r) => [r.path, Math.round(r.ms)]))}`);

    assert.deepEqual(await server.store.counts(), before, "nothing stored, nothing lost");
    const read = (await (await fetch(`${server.url}${storyPath}`)).json()) as { articles: unknown[] };
    assert.equal(read.articles.length, 2);
    // The thread that ran out of time was replaced: the next report is analysed and stored.
    const third = await postJson(`${server.url}/api/reports`, { text: railText[2]!.text, source: railText[2]!.name });
    assert.equal(third.status, 201, JSON.stringify(third.json));
  } finally {
    await server.close();
  }
});
