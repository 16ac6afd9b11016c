import { watchInputs, type WatchOptions } from "../watch/watch.js";
import { describeFailure } from "../report/failure-text.js";
import { EXIT, type CliIO } from "./io.js";
import { withStore } from "./store-access.js";

/**
 * `corroborate watch FEED|FILE... --db FILE [--every 10m] [--webhook URL]... [--once]`: poll, store
 * new reports, and print each new dispute as one NDJSON line on stdout (and POST it to each
 * webhook). Polls and problems go to stderr. Ctrl-C stops after the report in hand.
 */
export async function runWatch(inputs: string[], db: string, options: Omit<WatchOptions, "signal">, io: CliIO, signal?: AbortSignal): Promise<number> {
  return withStore(db, true, io, async (store) => {
    await watchInputs(inputs, store, { ...options, signal }, {
      alert: (alert) => io.stdout(JSON.stringify(alert) + "\n"),
      failure: (failure) => io.stderr(`corroborate: skipped ${describeFailure(failure)}\n`),
      warning: (message) => io.stderr(`corroborate: ${message}\n`),
      poll: ({ poll, stored, alerts, notModified }) =>
        io.stderr(`corroborate: poll ${poll}: ${stored} new report${stored === 1 ? "" : "s"}, ${alerts} new dispute${alerts === 1 ? "" : "s"}${notModified ? `, ${notModified} feed${notModified === 1 ? "" : "s"} not modified` : ""}\n`),
    });
    return EXIT.OK;
  });
}
