import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import { CorroborateError } from "../errors.js";
import type { RawDocument } from "../types.js";
import { displayUrl } from "../store/postgres/index.js";
import { toJob, type ReportJob } from "./job-payload.js";
import { DEFAULT_JOB_TIMEOUT_SECONDS } from "./job-timeout.js";

/** The queue's name in pg-boss: every report waiting to be extracted, analyzed and placed. */
export const REPORT_QUEUE = "corroborate-reports";
/** pg-boss keeps its tables in a schema of its own, beside the store's. */
export const QUEUE_SCHEMA = "pgboss";

/**
 * Retries of a job that failed in a way that may pass (a lost connection, a server restart): three,
 * after about 2, 4 and 8 seconds. Reports a user can fix (no text, binary) are not retried at all.
 */
export const RETRY = { retryLimit: 3, retryDelay: 2, retryBackoff: true } as const;

/**
 * How often some worker looks for lost jobs (pg-boss maintenance; one worker does it per round).
 * A dead worker's job is taken again at most this long after its timeout.
 */
const MAINTENANCE_SECONDS = 5;

export interface QueueOptions {
  /** Connections pg-boss may open. */
  connections?: number;
}

/** Connect to the queue in a PostgreSQL database (creating pg-boss's tables on first use). */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: options.connections ?? 2,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    ...RETRY,
  });
  // pg-boss reports background trouble (a dropped connection) as events; it retries on its own.
  boss.on("error", () => undefined);
  try {
    await boss.start();
    await boss.createQueue(REPORT_QUEUE, { name: REPORT_QUEUE, ...RETRY });
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new CorroborateError("E_STORE", "store", `cannot use the job queue in ${displayUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return boss;
}

/**
 * Put documents on the queue, one job each, in one round trip per thousand. Workers take jobs in
 * the order given (pg-boss takes the oldest first, and among jobs queued together the lowest id),
 * so reports are placed in the order `ingest` would place them.
 */
export async function enqueueDocuments(boss: PgBoss, documents: { document: RawDocument; key: string }[], jobTimeoutSeconds = DEFAULT_JOB_TIMEOUT_SECONDS): Promise<void> {
  const ids = orderedIds();
  const jobs: PgBoss.JobInsert<ReportJob>[] = documents.map(({ document, key }) => ({ id: ids(), name: REPORT_QUEUE, data: toJob(document, key), expireInSeconds: jobTimeoutSeconds, ...RETRY }));
  for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000));
}

/** UUIDs that sort in the order they are made: the time, a count, then random bits (as UUIDv7). */
function orderedIds(): () => string {
  const prefix = Date.now().toString(16).padStart(12, "0");
  let count = 0;
  return () => {
    const n = (count++).toString(16).padStart(7, "0");
    return `${prefix.slice(0, 8)}-${prefix.slice(8)}-7${n.slice(0, 3)}-${n.slice(3)}-${randomBytes(6).toString("hex")}`;
  };
}

export interface QueueCounts {
  /** Waiting for a worker, including jobs waiting out a retry delay. */
  queued: number;
  running: number;
  /** Stored, or found already stored. */
  done: number;
  /** Failed for good (kept, with the error, in the store: `corroborate failures`). */
  failed: number;
}

/** Jobs of the report queue by state, counting those pg-boss has moved to its archive. */
export async function queueCounts(boss: PgBoss): Promise<Omit<QueueCounts, "failed"> & { failedJobs: number }> {
  const db = boss.getDb();
  const { rows } = await db.executeSql(
    // A report a user could fix completes its job with a "failed" outcome: it counts as failed, not done.
    `SELECT CASE WHEN output->>'status' = 'failed' THEN 'failed' ELSE state::text END AS state, count(*)::int AS n FROM (
       SELECT state, output FROM ${QUEUE_SCHEMA}.job WHERE name = $1
       UNION ALL SELECT state, output FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) jobs
     GROUP BY 1`,
    [REPORT_QUEUE],
  );
  const count = (...states: string[]) => rows.filter((r: { state: string }) => states.includes(r.state)).reduce((n: number, r: { n: number }) => n + r.n, 0);
  return { queued: count("created", "retry"), running: count("active"), done: count("completed"), failedJobs: count("failed") };
}
