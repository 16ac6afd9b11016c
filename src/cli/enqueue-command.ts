import { collectInputs } from "../ingest/index.js";
import { sourceKey } from "../store/ingest-report.js";
import { contentHash } from "../store/report-hashes.js";
import { enqueueDocuments } from "../queue/index.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures } from "./failures.js";
import { withQueue } from "./queue-access.js";

/**
 * `corroborate ingest INPUTS --db postgres://… --enqueue`: read the inputs (fetching URLs), put
 * each report not stored yet on the queue, and return; workers extract, analyze and place them.
 */
export async function runEnqueue(inputs: string[], db: string, jobTimeoutSeconds: number, io: CliIO): Promise<number> {
  return withQueue(db, { create: true }, io, async (store, boss) => {
    const { documents, failures } = await collectInputs(inputs);
    const fresh = [];
    for (const document of documents) {
      const key = sourceKey(document);
      if (!(await store.findReport(key, contentHash(document)))) fresh.push({ document, key });
    }
    await enqueueDocuments(boss, fresh, jobTimeoutSeconds);
    const stored = documents.length - fresh.length;
    io.stdout(`queued ${fresh.length} report${fresh.length === 1 ? "" : "s"}, ${stored} already stored, ${failures.length} skipped; start workers with: corroborate worker --db ${store.location}\n`);
    reportFailures(failures, io);
    if (documents.length === 0) return EXIT.FAILED;
    return failures.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  });
}
