import { failedReports } from "../queue/index.js";
import { EXIT, type CliIO } from "./io.js";
import { withQueue } from "./queue-access.js";

/** `corroborate failures --db postgres://…`: every report a worker gave up on, with its error. */
export async function runFailures(db: string, format: "text" | "json", io: CliIO): Promise<number> {
  return withQueue(db, { create: false }, io, async (store, boss) => {
    const failures = await failedReports(store, boss);
    if (format === "json") io.stdout(JSON.stringify({ failures }, null, 2) + "\n");
    else if (failures.length === 0) io.stdout("no failed reports\n");
    else for (const f of failures) io.stdout(`${f.failedAt ?? ""}  ${f.source}\n    ${f.code ? `${f.code}: ` : ""}${f.message} (after ${f.attempts} attempt${f.attempts === 1 ? "" : "s"})\n`);
    return EXIT.OK;
  });
}
