import { failedReports, queueCounts } from "../queue/index.js";
import { EXIT, type CliIO } from "./io.js";
import { withQueue } from "./queue-access.js";

/** `corroborate status --db postgres://…`: jobs queued, running, done and failed, and what the store holds. */
export async function runStatus(db: string, format: "text" | "json", io: CliIO): Promise<number> {
  return withQueue(db, { create: false }, io, async (store, boss) => {
    const { queued, running, done } = await queueCounts(boss);
    const failed = (await failedReports(store, boss)).length;
    const { reports, stories } = await store.counts();
    if (format === "json") io.stdout(JSON.stringify({ queued, running, done, failed, reports, stories }, null, 2) + "\n");
    else io.stdout(`queued ${queued}   running ${running}   done ${done}   failed ${failed}\n${store.location} holds ${reports} reports in ${stories} stories\n`);
    return EXIT.OK;
  });
}
