import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCorroborate } from "./helpers/cli.js";
import { createTestDatabase, queryRows, skipWithoutPostgres } from "./helpers/postgres.js";
import { startWorker, writeExampleCopies } from "./helpers/workers.js";

const storedReports = (url: string) => queryRows<{ source: string; story: string }>(url, "SELECT source, story_id AS story FROM corroborate.reports");

async function retriedJobs(url: string): Promise<number> {
  const sql = "SELECT count(*)::int AS n FROM (SELECT retry_count FROM pgboss.job UNION ALL SELECT retry_count FROM pgboss.archive) j WHERE retry_count > 0";
  return (await queryRows<{ n: number }>(url, sql))[0]!.n;
}

const eventOf = (source: string) => source.split("/").at(-2)!;

describe("job queue and workers on PostgreSQL", { skip: skipWithoutPostgres() }, () => {
  test("a worker killed with SIGKILL mid-job: the other finishes, every report stored once, in its event's story", { timeout: 240_000 }, async () => {
    const database = await createTestDatabase();
    try {
      const dir = mkdtempSync(join(tmpdir(), "corroborate-workers-"));
      const total = writeExampleCopies(dir, 3);
      const enqueued = await runCorroborate("ingest", dir, "--db", database.url, "--enqueue", "--job-timeout", "3");
      assert.equal(enqueued.code, 0, enqueued.stderr);
      assert.match(enqueued.stdout, new RegExp(`queued ${total} reports`));

      const doomed = startWorker(database.url);
      const survivor = startWorker(database.url);
      // Killed as it takes a job, once it has placed a few: the job in hand is lost with it.
      doomed.onJob(() => {
        if (doomed.stored.length >= 3 && doomed.started > doomed.stored.length) doomed.child.kill("SIGKILL");
      });
      assert.equal((await doomed.exited).signal, "SIGKILL", "the first worker was killed, not finished");
      const finished = await survivor.exited;
      assert.equal(finished.code, 0, finished.stderr.slice(-2000));

      const reports = await storedReports(database.url);
      assert.equal(reports.length, total, "every enqueued report is stored");
      assert.equal(new Set(reports.map((r) => r.source)).size, total, "none stored twice");
      assert.ok((await retriedJobs(database.url)) >= 1, "the killed worker's job in hand was taken again");
      const eventsPerStory = new Map<string, Set<string>>();
      for (const r of reports) eventsPerStory.set(r.story, (eventsPerStory.get(r.story) ?? new Set()).add(eventOf(r.source)));
      assert.ok([...eventsPerStory.values()].every((events) => events.size === 1), "no story mixes two events");
      assert.equal(eventsPerStory.size, new Set(reports.map((r) => eventOf(r.source))).size, "one story per event");

      const status = await runCorroborate("status", "--db", database.url, "--format", "json");
      const counts = JSON.parse(status.stdout) as { queued: number; running: number; done: number; failed: number; reports: number };
      assert.deepEqual({ queued: counts.queued, running: counts.running, failed: counts.failed, reports: counts.reports }, { queued: 0, running: 0, failed: 0, reports: total });
    } finally {
      await database.drop();
    }
  });

  test("two workers placing reports of one event at the same moment make one story", { timeout: 180_000 }, async () => {
    const database = await createTestDatabase();
    try {
      const dir = mkdtempSync(join(tmpdir(), "corroborate-one-event-"));
      const total = writeExampleCopies(dir, 4, ["earthquake"]);
      await runCorroborate("ingest", dir, "--db", database.url, "--enqueue");
      const workers = [startWorker(database.url), startWorker(database.url)];
      for (const worker of workers) assert.equal((await worker.exited).code, 0);
      assert.ok(workers.every((w) => w.stored.length > 0), "both workers placed reports");
      const reports = await storedReports(database.url);
      assert.equal(reports.length, total);
      assert.deepEqual([...new Set(reports.map((r) => r.story))].length, 1, "one story");
    } finally {
      await database.drop();
    }
  });
});
