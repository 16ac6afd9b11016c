import type PgBoss from "pg-boss";
import { isPostgresUrl, type OpenStoreOptions } from "../store/index.js";
import type { PostgresStore } from "../store/postgres/index.js";
import { openQueue } from "../queue/index.js";
import { withStore } from "./store-access.js";
import { EXIT, type CliIO } from "./io.js";

/**
 * Open a PostgreSQL store and the job queue beside it, run a command with both, and close them.
 * The queue lives in PostgreSQL, so a SQLite store is refused with one line saying what to do.
 */
export async function withQueue(
  location: string,
  options: OpenStoreOptions,
  io: CliIO,
  run: (store: PostgresStore, boss: PgBoss) => Promise<number>,
): Promise<number> {
  if (!isPostgresUrl(location)) {
    io.stderr(`corroborate: the job queue needs a PostgreSQL store: give --db postgres://user@host:5432/name (or set CORROBORATE_DB); ${location} is a SQLite file\n`);
    return EXIT.FAILED;
  }
  return withStore(location, options, io, async (store) => {
    const boss = await openQueue(location);
    try {
      return await run(store as PostgresStore, boss);
    } finally {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    }
  });
}
