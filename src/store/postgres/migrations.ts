import type { PoolClient } from "pg";
import type { Article } from "../../types.js";
import { reportWords, searchDocument } from "../search-text.js";
import { outletKey } from "../story-page-sql.js";
import { SORT_DAY } from "../story-order.js";

/**
 * The store's tables, one numbered step at a time. A step is never edited once released: a change
 * is a new step, so every database walks the same path to the same schema. The tables mirror the
 * SQLite store's (store/sqlite/schema.ts explains each), in a schema of their own so that a shared
 * database's other tables are never touched.
 */
export const MIGRATIONS: Migration[] = [
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
  {
    version: 3,
    name: "a report's commit in one round trip",
    // Each query costs a round trip while the placement lock is held; these do a commit's dozen
    // statements in one. Parameters are prefixed p_ so they never shadow a column.
    sql: `
CREATE FUNCTION write_story(p_id TEXT, p_size INTEGER, p_sum TEXT, p_days TEXT, p_last INTEGER, p_terms TEXT[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO stories (id, size, sum, days, last_day, terms, summary) VALUES (p_id, p_size, p_sum, p_days, p_last, p_terms, NULL)
    ON CONFLICT (id) DO UPDATE SET size = excluded.size, sum = excluded.sum, days = excluded.days, last_day = excluded.last_day, terms = excluded.terms, summary = NULL;
  DELETE FROM postings WHERE story_id = p_id AND term <> ALL (p_terms);
  INSERT INTO postings (term, story_id, last_day) SELECT unnest(p_terms), p_id, p_last
    ON CONFLICT (term, story_id) DO UPDATE SET last_day = excluded.last_day WHERE postings.last_day <> excluded.last_day;
$$;
CREATE FUNCTION commit_report(
  p_id TEXT, p_source TEXT, p_hash TEXT, p_day INTEGER, p_article TEXT, p_vector TEXT,
  p_story TEXT, p_size INTEGER, p_sum TEXT, p_days TEXT, p_last INTEGER, p_terms TEXT[], p_merged TEXT[],
  OUT out_id TEXT, OUT out_story TEXT) LANGUAGE plpgsql AS $$
DECLARE
  n INTEGER;
BEGIN
  SELECT r.id, r.story_id INTO out_id, out_story FROM reports r WHERE r.source = p_source AND r.content_hash = p_hash;
  IF FOUND THEN RETURN; END IF;
  out_id := p_id;
  IF EXISTS (SELECT 1 FROM reports r WHERE r.id = p_id) THEN
    SELECT COALESCE((SELECT s.next FROM id_suffixes s WHERE s.base = p_id), 2) INTO n;
    WHILE EXISTS (SELECT 1 FROM reports r WHERE r.id = p_id || '-' || n) LOOP n := n + 1; END LOOP;
    INSERT INTO id_suffixes (base, next) VALUES (p_id, n + 1) ON CONFLICT (base) DO UPDATE SET next = excluded.next;
    out_id := p_id || '-' || n;
  END IF;
  IF cardinality(p_merged) > 0 THEN
    UPDATE reports SET story_id = p_story WHERE story_id = ANY (p_merged);
    DELETE FROM postings WHERE story_id = ANY (p_merged);
    DELETE FROM stories WHERE id = ANY (p_merged);
  END IF;
  INSERT INTO reports (id, source, content_hash, story_id, day, article, vector) VALUES (out_id, p_source, p_hash, p_story, p_day, p_article, p_vector);
  PERFORM write_story(p_story, p_size, p_sum, p_days, p_last, p_terms);
  out_story := p_story;
END
$$;
`,
  },
  {
    version: 4,
    name: "reports found by their normalised text",
    // Set by commitReport after commit_report, in its transaction. Reports stored before this step
    // have none: their text is compared only once they are stored again.
    sql: `
ALTER TABLE reports ADD COLUMN text_hash TEXT;
CREATE INDEX reports_by_text ON reports (text_hash);
`,
  },
  {
    version: 5,
    name: "full-text search, outlets and the story list's order and filters",
    // Like SQLite's version 3 (sqlite/schema.ts): `search` holds the report's folded words
    // (search-text.ts) as a tsvector of the 'simple' configuration, so both stores find the same
    // reports; set by commitReport after commit_report, with the outlet columns.
    sql: `
ALTER TABLE reports ADD COLUMN outlet TEXT, ADD COLUMN outlet_key TEXT, ADD COLUMN search tsvector;
CREATE INDEX reports_search ON reports USING GIN (search);
CREATE INDEX reports_by_outlet ON reports (outlet_key, story_id);
ALTER TABLE stories ADD COLUMN disputed INTEGER;
UPDATE stories SET disputed = (summary::jsonb ->> 'disputed')::int WHERE summary IS NOT NULL;
CREATE INDEX stories_newest ON stories (${SORT_DAY} DESC, id);
`,
    backfill: async (client) => {
      // Claim values are not stored: reports stored before are found by their words only.
      for (let after = "0"; ; ) {
        const { rows } = await client.query("SELECT seq::text AS seq, id, article FROM reports WHERE seq > $1 ORDER BY seq LIMIT 500", [after]);
        if (rows.length === 0) return;
        const articles = rows.map((row: { seq: string; id: string; article: string }) => ({ seq: row.seq, article: { ...(JSON.parse(row.article) as Article), id: row.id } }));
        await client.query(
          `UPDATE reports r SET outlet = u.outlet, outlet_key = u.outlet_key, search = to_tsvector('simple', u.words)
             FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(seq, outlet, outlet_key, words) WHERE r.seq = u.seq`,
          [
            articles.map((a) => a.seq),
            articles.map((a) => a.article.outlet),
            articles.map((a) => (a.article.outlet ? outletKey(a.article.outlet) : null)),
            articles.map((a) => searchDocument(a.article.id, reportWords(a.article, []))),
          ],
        );
        after = rows.at(-1)!.seq;
      }
    },
  },
  {
    version: 6,
    name: "stories kept aligned",
    // As SQLite's story_views (sqlite/schema.ts): a story's alignment at one revision, gone with its story.
    sql: `
CREATE TABLE story_views (
  story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  revision TEXT NOT NULL,
  reports TEXT[] NOT NULL,
  aligned TEXT NOT NULL
);
CREATE INDEX stories_unsummarised ON stories (id) WHERE summary IS NULL;
`,
  },
];

interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills the new columns of rows stored before, where SQL alone cannot (run after `sql`, in its transaction). */
  backfill?: (client: PoolClient) => Promise<void>;
}

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
      await step.backfill?.(client);
      await client.query(`INSERT INTO ${STORE_SCHEMA}.migrations (version, name) VALUES ($1, $2)`, [step.version, step.name]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
