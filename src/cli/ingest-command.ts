import { ingestInputs } from "../pipeline.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";
import type { TimeBudget } from "../config.js";
import { ingestProgress } from "./progress.js";
import { withStore } from "./store-access.js";

/** `corroborate ingest INPUTS... [--db FILE]`: add reports to the store and place them in stories. */
export async function runIngest(inputs: string[], db: string, budget: TimeBudget, io: CliIO): Promise<number> {
  return withStore(db, true, io, async (store) => {
    const progress = ingestProgress(io);
    const result = await ingestInputs(inputs, store, progress.listener, { budget });
    progress.finish();
    const { reports, stories } = await store.counts();
    io.stdout(`stored ${result.stored} new report${result.stored === 1 ? "" : "s"}, ${result.duplicates} already stored, ${result.failures.length} skipped; ${store.location} holds ${reports} reports in ${stories} stories\n`);
    reportWarnings(result.warnings, io);
    reportFailures(result.failures, io);
    if (result.stored + result.duplicates === 0) return EXIT.FAILED;
    return result.failures.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  });
}
