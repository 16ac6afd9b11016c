import pg from "pg";
import { CorroborateError } from "../../errors.js";
import { migrate, STORE_SCHEMA } from "./migrations.js";
import { PostgresStore } from "./postgres-store.js";

export interface PostgresOpenOptions {
  /** Create the database and the store's tables when missing (ingest, worker, serve); otherwise they must exist. */
  create: boolean;
  /** Connections kept open: one per placement running at once, plus some for readers. */
  connections?: number;
  /**
   * Whether each placement's commit waits until it is on disk (the default: `ingest` prints a
   * receipt after it). A worker passes false: the job's completion, committed after the placement,
   * does wait, and PostgreSQL writes its log in order, so a completed job's report is on disk; a
   * job not completed is run again. Saves a disk flush while the placement lock is held.
   */
  durable?: boolean;
}

const DEFAULT_CONNECTIONS = 8;

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Connect to a PostgreSQL store, creating the database when asked and it is missing, and bring its
 * schema up to date (migrations.ts). Every way this can fail ends in one CorroborateError.
 */
export async function openPostgresStore(url: string, options: PostgresOpenOptions): Promise<PostgresStore> {
  const location = displayUrl(url);
  let config: pg.PoolConfig;
  try {
    config = { connectionString: url, max: options.connections ?? DEFAULT_CONNECTIONS, options: `-c search_path=${STORE_SCHEMA}` };
    new URL(url);
  } catch {
    throw storeError(location, `${location} is not a valid PostgreSQL URL (postgres://user@host:5432/database)`);
  }
  let pool = new pg.Pool(config);
  try {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      if ((error as { code?: string }).code !== "3D000" || !options.create) throw error;
      await createDatabase(url);
      await pool.end();
      pool = new pg.Pool(config);
      client = await pool.connect();
    }
    try {
      await migrate(client, options.create);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw storeError(location, describe(error, location, options.create));
  }
  // An idle connection the server drops (a restart) must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  return new PostgresStore(pool, location, options.durable ?? true);
}

/** CREATE DATABASE, from the server's maintenance database; another process doing it at once is fine. */
async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

function describe(error: unknown, location: string, create: boolean): string {
  const code = (error as { code?: string }).code;
  if (code === "3D000") return create ? `cannot create the database of ${location}` : `no store at ${location} (create one with: corroborate ingest INPUTS --db ${location})`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ETIMEDOUT") return `cannot reach PostgreSQL at ${location} (is the server running?)`;
  if (code === "28P01" || code === "28000") return `PostgreSQL refused the login to ${location}: ${(error as Error).message}`;
  if (code === "42501") return `cannot use ${location} as a store: the user may not create the store's tables (${(error as Error).message})`;
  return `cannot use ${location} as a store: ${error instanceof Error ? error.message : String(error)}`;
}

function storeError(location: string, message: string): CorroborateError {
  return new CorroborateError("E_STORE", "store", message, location);
}
