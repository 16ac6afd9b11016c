import type { PoolClient } from "pg";

/**
 * The store's tables, one numbered step at a time. A step is never edited once released: a change
 * is a new step, so every database walks the same path to the same schema. The tables mirror the
 * SQLite store's (store/sqlite/schema.ts explains each), in a schema of their own so that a shared
 * database's other tables are never touched.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "reports, stories and the candidate index",
    sql: `
CREATE TABLE reports (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  story_id TEXT NOT NULL,
  day INTEGER,
  article TEXT NOT NULL,
  vector TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (source, content_hash)
);
CREATE INDEX reports_by_story ON reports (story_id, day);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  sum TEXT NOT NULL,
  days TEXT NOT NULL,
  last_day INTEGER NOT NULL,
  terms TEXT[] NOT NULL,
  summary TEXT
);
CREATE INDEX stories_listed ON stories (size DESC, last_day DESC, id);
CREATE TABLE postings (
  term TEXT NOT NULL,
  story_id TEXT NOT NULL,
  last_day INTEGER NOT NULL,
  PRIMARY KEY (term, story_id)
);
CREATE INDEX postings_recent ON postings (term, last_day DESC) INCLUDE (story_id);
CREATE INDEX postings_by_story ON postings (story_id);
CREATE TABLE id_suffixes (base TEXT PRIMARY KEY, next INTEGER NOT NULL);
`,
  },
  {
    version: 2,
    name: "reports that failed for good in a worker",
    sql: `
CREATE TABLE failed_reports (
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  code TEXT,
  message TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  failed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (source, content_hash)
);
`,
  },
];

/** The schema the store's tables live in. */
export const STORE_SCHEMA = "corroborate";

/** Any fixed number, the same in every process: only one of them migrates at a time. */
const MIGRATION_LOCK = 0x636f7272;

/**
 * Bring the store's schema up to the newest step, in one transaction under a lock, so that several
 * workers starting at once migrate it once. `create`: make the schema when there is none; without
 * it an empty database is refused (a read must not turn any database into a store).
 */
export async function migrate(client: PoolClient, create: boolean): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    const exists = (await client.query("SELECT to_regclass($1) IS NOT NULL AS found", [`${STORE_SCHEMA}.migrations`])).rows[0].found as boolean;
    if (!exists && !create) throw new Error("it holds no Corroborate store");
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${STORE_SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${STORE_SCHEMA}.migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied = new Set((await client.query(`SELECT version FROM ${STORE_SCHEMA}.migrations`)).rows.map((r: { version: number }) => r.version));
    const newest = Math.max(0, ...applied);
    const known = MIGRATIONS.at(-1)!.version;
    if (newest > known) throw new Error(`it was written by a newer Corroborate (store version ${newest}, this one reads ${known})`);
    for (const step of MIGRATIONS) {
      if (applied.has(step.version)) continue;
      await client.query(`SET LOCAL search_path TO ${STORE_SCHEMA}`);
      await client.query(step.sql);
      await client.query(`INSERT INTO ${STORE_SCHEMA}.migrations (version, name) VALUES ($1, $2)`, [step.version, step.name]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
