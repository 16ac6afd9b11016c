import { runWorker, type JobEvent } from "../queue/index.js";
import { EXIT, type CliIO } from "./io.js";
import { withQueue } from "./queue-access.js";
import { stopSignal } from "./serve-command.js";

export interface WorkerCommandOptions {
  concurrency: number;
  drain: boolean;
}

/**
 * `corroborate worker --db postgres://… [--concurrency N] [--drain]`: take reports from the queue
 * and place them until stopped (Ctrl-C or SIGTERM finish the jobs in hand first), or, with
 * --drain, until the queue is empty. Start as many as you like, on as many machines.
 */
export async function runWorkerCommand(db: string, options: WorkerCommandOptions, io: CliIO, until: Promise<void> = stopSignal()): Promise<number> {
  // Each job running at once holds a connection while it places its report; readers need a few more.
  return withQueue(db, { create: true, connections: options.concurrency + 2, durable: false }, io, async (store, boss) => {
      io.stderr(`Corroborate worker on ${store.location}: ${options.concurrency} job${options.concurrency === 1 ? "" : "s"} at a time${options.drain ? ", until the queue is empty" : "; stop with Ctrl-C"}\n`);
      const tally = { started: 0, stored: 0, duplicate: 0, failed: 0 };
      const onEvent = (event: JobEvent) => {
        tally[event.status]++;
        io.stderr(JSON.stringify({ type: "job", ...event }) + "\n");
      };
      await runWorker(store, boss, options, onEvent, until);
      io.stdout(`worker stopped: ${tally.stored} stored, ${tally.duplicate} already stored, ${tally.failed} failed\n`);
      return EXIT.OK;
  });
}
