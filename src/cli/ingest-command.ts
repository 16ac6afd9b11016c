import { ingestInputs, type IngestResult } from "../pipeline.js";
import type { InputOptions } from "../ingest/index.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";
import { ingestProgress } from "./progress.js";
import { withStore } from "./store-access.js";

/**
 * `corroborate ingest INPUTS... [--db FILE] [--no-follow]`: add reports to the store and place them
 * in stories. Feeds' entries are followed to their pages unless `follow` is false.
 */
export async function runIngest(
  inputs: string[],
  db: string,
  io: CliIO,
  inputOptions: Partial<InputOptions> = {},
  budget: TimeBudget = DEFAULT_OPTIONS.budget,
): Promise<number> {
  return withStore(db, true, io, async (store) => {
    const progress = ingestProgress(io);
    const result = await ingestInputs(inputs, store, progress.listener, { budget }, { follow: true, ...inputOptions });
    progress.finish();
    const { reports, stories } = await store.counts();
    io.stdout(`read ${result.read} report${result.read === 1 ? "" : "s"}: stored ${result.stored} new report${result.stored === 1 ? "" : "s"}, ${result.duplicates} already stored, ${result.failures.length} skipped${passedOver(result)}; ${store.location} holds ${reports} reports in ${stories} stories\n`);
    reportWarnings(result.warnings, io);
    reportFailures(result.failures, io);
    if (result.stored + result.duplicates === 0) return EXIT.FAILED;
    return result.failures.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  });
}

/** Records an archive holds that are not reports, counted by reason: " (passed over: 3 revisit records, …)". */
function passedOver(result: IngestResult): string {
  const reasons = Object.entries(result.skipped).map(([reason, count]) => `${count} × ${reason}`);
  return reasons.length > 0 ? ` (passed over: ${reasons.join(", ")})` : "";
}
