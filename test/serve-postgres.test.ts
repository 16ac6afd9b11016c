import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPostgresStore } from "../src/store/postgres/index.js";
import { startServer, DEFAULT_SERVE_OPTIONS } from "../src/serve/index.js";
import { runWorkerCommand } from "../src/cli/worker-command.js";
import { runCorroborate } from "./helpers/cli.js";
import { postJson } from "./helpers/server.js";
import { createTestDatabase, skipWithoutPostgres } from "./helpers/postgres.js";

const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {} };

describe("serve over PostgreSQL", { skip: skipWithoutPostgres() }, () => {
  test("shows a report a worker placed, and places a report posted to its API beside it", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase();
    const store = await openPostgresStore(database.url, { create: true });
    const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0 });
    try {
      const stories = async () => ((await (await fetch(`${server.url}/api/stories`)).json()) as { total: number; stories: { id: string; reports: number }[] });
      assert.equal((await stories()).total, 0);

      const enqueued = await runCorroborate("ingest", "examples/flood-kellmoor", "--db", database.url, "--enqueue");
      assert.equal(enqueued.code, 0, enqueued.stderr);
      assert.equal((await stories()).total, 0, "queued reports are not placed yet");
      assert.equal(await runWorkerCommand(database.url, { concurrency: 2, drain: true }, quiet, new Promise(() => undefined)), 0);
      const placed = await stories();
      assert.deepEqual(placed.stories.map((s) => s.reports), [3], "the server reads what the worker placed");

      const text = readFileSync("examples/flood-kellmoor/dales-courier.txt", "utf8").replace(/\n*$/, "\nA correction was appended to this copy of the report.\n");
      const posted = await postJson(`${server.url}/api/reports`, { text, source: "courier-copy" });
      assert.equal(posted.status, 201, JSON.stringify(posted.json));
      assert.equal(posted.json.story, placed.stories[0]!.id, "joins the story the worker's reports are in");
      const listed = JSON.parse((await runCorroborate("stories", "--db", database.url, "--format", "json")).stdout) as { stories: { reports: number }[] };
      assert.deepEqual(listed.stories.map((s) => s.reports), [4], "the CLI sees the report the API placed");
    } finally {
      await server.close();
      await store.close();
      await database.drop();
    }
  });
});
