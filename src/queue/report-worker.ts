import type PgBoss from "pg-boss";
import { ingestDocument, type IngestEvent } from "../pipeline.js";
import type { PostgresStore } from "../store/postgres/index.js";
import { contentHash } from "../store/ingest-report.js";
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

/** How often an idle worker asks for a job; a busy one asks again as soon as it finishes one. */
const POLL_SECONDS = 0.5;
/** How often a draining worker checks whether the queue is empty. */
const DRAIN_CHECK_MS = 1000;

/**
 * Take report jobs until `stop` resolves (or, draining, the queue is empty): each is extracted,
 * analyzed and placed exactly as `ingest` places a report, under the store's placement lock. A
 * report already stored (a job taken again after its worker died after the commit) is a duplicate,
 * never a second copy. A report a user could fix fails at once and is kept with its error; any
 * other error is retried with backoff, and kept when the retries are spent.
 */
export async function runWorker(store: PostgresStore, boss: PgBoss, options: WorkerOptions, onEvent: (event: JobEvent) => void, stop: Promise<void>): Promise<void> {
  const handle = async ([job]: PgBoss.JobWithMetadata<ReportJob>[]) => {
    const { document, key } = fromJob(job!.data);
    const attempt = job!.retryCount + 1;
    onEvent({ source: key, attempt, status: "started" });
    const failure = (code: string | null, message: string) => store.recordFailure({ source: key, contentHash: contentHash(document), code, message, attempts: attempt });
    try {
      const outcome = await ingestDocument(store, document, key);
      if (outcome.status === "failed") await failure(outcome.code ?? null, outcome.message!);
      onEvent({ source: key, attempt, ...outcome });
      return outcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job!.retryCount >= job!.retryLimit) {
        await failure(null, message);
        onEvent({ source: key, attempt, status: "failed", message });
      }
      throw error;
    }
  };
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work<ReportJob>(REPORT_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: POLL_SECONDS }, handle);
  }
  let stopping = false;
  await Promise.race([stop, ...(options.drain ? [drained(boss, () => stopping)] : [])]);
  stopping = true;
  await boss.stop({ graceful: true, wait: true });
}

/** Resolves when no job is queued or running, checking until `stopping` says to give up. */
async function drained(boss: PgBoss, stopping: () => boolean): Promise<void> {
  while (!stopping()) {
    await new Promise((resolve) => setTimeout(resolve, DRAIN_CHECK_MS));
    if (stopping()) return;
    const counts = await queueCounts(boss);
    if (counts.queued + counts.running === 0) return;
  }
}
