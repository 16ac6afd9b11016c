import type { Store } from "./store.js";
import { openSqliteStore } from "./sqlite/index.js";
import { isPostgresUrl, openPostgresStore } from "./postgres/index.js";

export interface OpenStoreOptions {
  /** Create the store when missing (ingest, serve, worker); otherwise it must exist (stories, show). */
  create: boolean;
  /** PostgreSQL connections kept open (a worker needs one per job it runs at once). */
  connections?: number;
  /** PostgreSQL: whether a placement's commit waits for the disk (store/postgres/open.ts). */
  durable?: boolean;
}

/** The store a `--db` value names: a postgres:// URL, or else a SQLite file. */
export async function openStore(location: string, options: OpenStoreOptions): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openSqliteStore(location, options);
}
