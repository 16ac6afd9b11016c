import type { Store } from "./store.js";
import { openSqliteStore } from "./sqlite/index.js";

export interface OpenStoreOptions {
  /** Create the store when missing (ingest, serve, worker); otherwise it must exist (stories, show). */
  create: boolean;
  /** PostgreSQL connections kept open (a worker needs one per job it runs at once). */
  connections?: number;
  /** PostgreSQL: whether a placement's commit waits for the disk (store/postgres/open.ts). */
  durable?: boolean;
}

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The store a `--db` value names: a postgres:// URL, or else a SQLite file. The pg driver is loaded only for the first. */
export async function openStore(location: string, options: OpenStoreOptions): Promise<Store> {
  if (!isPostgresUrl(location)) return openSqliteStore(location, options);
  const { openPostgresStore } = await import("./postgres/index.js");
  return openPostgresStore(location, options);
}
