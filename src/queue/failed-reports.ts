import type PgBoss from "pg-boss";
import type { FailedReport, PostgresStore } from "../store/postgres/index.js";
import { QUEUE_SCHEMA, REPORT_QUEUE } from "./report-queue.js";

/**
 * Every report that failed for good: those a worker kept with their error, and jobs pg-boss gave
 * up on without a worker to record them (a report whose every attempt outlived its worker).
 */
export async function failedReports(store: PostgresStore, boss: PgBoss): Promise<FailedReport[]> {
  const kept = await store.listFailures();
  const known = new Set(kept.map((f) => f.source));
  const { rows } = await boss.getDb().executeSql(
    `SELECT data->>'key' AS source, COALESCE(output->>'message', output->'value'->>'message', 'failed') AS message, retry_count + 1 AS attempts,
            to_char(completed_on AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "failedAt"
       FROM (SELECT data, output, retry_count, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'
             UNION ALL SELECT data, output, retry_count, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1 AND state = 'failed') failed
      ORDER BY completed_on DESC`,
    [REPORT_QUEUE],
  );
  const lost = (rows as { source: string; message: string; attempts: number; failedAt: string }[])
    .filter((r) => !known.has(r.source))
    .map((r) => ({ ...r, contentHash: "", code: null }));
  return [...kept, ...lost];
}
