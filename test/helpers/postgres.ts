import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL server tests run against, as a connection URL to any database on it (tests make
 * and drop their own). Unset: the PostgreSQL tests are skipped, unless CORROBORATE_REQUIRE_PG
 * says they must run (CI).
 */
const SERVER = process.env.CORROBORATE_TEST_PG;

/** Names of test databases start with this: several people sharing one server can tell theirs apart. */
const PREFIX = process.env.CORROBORATE_TEST_PG_PREFIX ?? "corroborate_test";

export const HOW_TO_RUN = "PostgreSQL tests skipped: set CORROBORATE_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres to run them";

/** `skip` option for a PostgreSQL suite: false when a server is configured, else the line saying how to run it. */
export function skipWithoutPostgres(): string | false {
  if (SERVER) return false;
  if (process.env.CORROBORATE_REQUIRE_PG) throw new Error("CORROBORATE_REQUIRE_PG is set but CORROBORATE_TEST_PG is not");
  return HOW_TO_RUN;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server (corroborate_test_<random>, or CORROBORATE_TEST_PG_PREFIX_<random>), dropped by `drop`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${PREFIX}_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Rows of one query on a database, through a connection of its own. */
export async function queryRows<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
