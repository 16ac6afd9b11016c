import type PgBoss from "pg-boss";
import { ingestDocument, prepareStory, skipUserError, type IngestEvent } from "../pipeline.js";
import type { PostgresStore } from "../store/postgres/index.js";
import { contentHash } from "../store/report-hashes.js";
import { fromJob, type ReportJob } from "./job-payload.js";
import { queueCounts, REPORT_QUEUE } from "./report-queue.js";

/** A job taken ("started"), or its outcome as `ingest` reports each report; with the attempt it is. */
export type JobEvent = { source: string; attempt: number } & ({ status: "started" } | Omit<IngestEvent, "done" | "total" | "source">);

export interface WorkerOptions {
  /** Jobs run at once in this process: extraction and analysis of one overlap the others' database waits. */
  concurrency: number;
  /** Stop once no job is queued or running anywhere, instead of waiting for more. */
  drain: boolean;
}

/** How long an idle job slot waits before asking for a job again; a busy one asks as soon as it is free. */
const IDLE_POLL_MS = 500;

/**
 * Take report jobs until `stop` resolves (or, draining, the queue is empty): each is extracted,
 * analyzed and placed exactly as `ingest` places a report, under the store's placement lock. A
 * report already stored (a job taken again after its worker died after the commit) is a duplicate,
 * never a second copy. A report a user could fix fails at once and is kept with its error; any
 * other error is retried with backoff, and kept when the retries are spent.
 *
 * Each slot fetches and settles its own jobs (pg-boss's `work` loop waits a polling interval even
 * after finding a job, which held a worker to two jobs a second); pg-boss still keeps the jobs,
 * their retries and backoff, and expires the jobs of dead workers.
 */
export async function runWorker(store: PostgresStore, boss: PgBoss, options: WorkerOptions, onEvent: (event: JobEvent) => void, stop: Promise<void>): Promise<void> {
  let stopping = false;
  const slot = async () => {
    while (!stopping) {
      // A lost connection must not end the worker: wait, and ask again (pg-boss reconnects).
      const [job] = (await boss.fetch<ReportJob>(REPORT_QUEUE, { batchSize: 1, includeMetadata: true }).catch(() => null)) ?? [];
      if (!job) await sleep(IDLE_POLL_MS);
      else await settle(job);
    }
  };
  // A job that cannot be settled (the database went away) stays active; it expires and runs again.
  const settle = async (job: PgBoss.JobWithMetadata<ReportJob>) => {
    try {
      await boss.complete(REPORT_QUEUE, job.id, await runJob(store, job, onEvent));
    } catch (error) {
      await boss.fail(REPORT_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    }
  };
  const slots = Array.from({ length: options.concurrency }, slot);
  await Promise.race([stop, ...(options.drain ? [drained(boss, () => stopping)] : [])]);
  stopping = true;
  await Promise.all(slots);
}

async function runJob(store: PostgresStore, job: PgBoss.JobWithMetadata<ReportJob>, onEvent: (event: JobEvent) => void): Promise<object> {
  const { document, key } = fromJob(job.data);
  const attempt = job.retryCount + 1;
  onEvent({ source: key, attempt, status: "started" });
  const failure = (code: string | null, message: string) => store.recordFailure({ source: key, contentHash: contentHash(document), code, message, attempts: attempt });
  try {
    const outcome = await ingestDocument(store, document, key);
    if (outcome.status === "failed") await failure(outcome.code ?? null, outcome.message!);
    // Summaries and views ready when stored, as after `ingest`: no list view or story page after a crawl aligns anything.
    await Promise.all((outcome.touched ?? []).map((story) => prepareStory(store, story).catch(skipUserError)));
    onEvent({ source: key, attempt, ...outcome });
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (job.retryCount >= job.retryLimit) {
      await failure(null, message);
      onEvent({ source: key, attempt, status: "failed", message });
    }
    throw error;
  }
}

/** Resolves when no job is queued or running, checking until `stopping` says to give up. */
async function drained(boss: PgBoss, stopping: () => boolean): Promise<void> {
  while (!stopping()) {
    await sleep(IDLE_POLL_MS * 2);
    if (stopping()) return;
    const counts = await queueCounts(boss).catch(() => null);
    if (counts && counts.queued + counts.running === 0) return;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
