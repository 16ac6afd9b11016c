import { InvalidArgumentError } from "commander";
import { watchInputs, type WatchOptions } from "../watch/watch.js";
import { describeFailure } from "../report/failure-text.js";
import { EXIT, type CliIO } from "./io.js";
import { withStore } from "./store-access.js";

/** Polling faster than this is not polite to the sites watched. */
const MIN_EVERY_MS = 10_000;
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "10m", "90s", "1h", or plain seconds → milliseconds. */
export function parseInterval(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError("give a time such as 90s, 10m or 1h");
  const ms = Number(match[1]) * UNITS[(match[2] || "s").toLowerCase()]!;
  if (ms < MIN_EVERY_MS) throw new InvalidArgumentError(`poll at most every ${MIN_EVERY_MS / 1000} seconds, to be polite to the sites watched`);
  return ms;
}

/** A webhook must be an http(s) URL; where it leads is checked when an alert is sent. */
export function webhookUrl(text: string, previous: string[] = []): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidArgumentError("a webhook is an http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidArgumentError("a webhook is an http(s) URL");
  return [...previous, url.href];
}

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
