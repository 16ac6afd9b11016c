import type { Database } from "better-sqlite3";
import type { Article } from "../../types.js";
import { textHash } from "../report-hashes.js";
import { reportWords, searchDocument } from "../search-text.js";
import { outletKey } from "../story-page-sql.js";
import { SORT_DAY } from "../story-order.js";

/** Bumped when the tables change; a store written by a newer version is refused, not misread. */
export const SCHEMA_VERSION = 4;

/**
 * reports: one row per stored report; (source, content_hash) is what makes a report the same, and
 *   so does text_hash, its normalised text (store/ingest-report.ts), whatever its source.
 *   `article` is the clean Article as JSON (its analysis is not kept: it would more than double
 *   the store, ~7.5 KB a report against ~6 KB of article; a story's alignment is, in story_views);
 *   `vector` is its clustering vector, so splits and merges need no re-analysis.
 * stories: the clustering state of each story (summed vector, days, the terms it is posted
 *   under) and its summary for `stories`, cleared whenever the story changes and written only for
 *   the revision it was computed from (sqlite-store.ts saveSummary).
 * id_suffixes: for a report id taken many times ("index", "article"), the next suffix to try, so
 *   that finding a free id does not walk id-2, id-3 … (that walk grew with the archive).
 *   `disputed` is the summary's count of disputed points, for the list's filter; it means nothing
 *   while `summary` is NULL.
 * report_search: the full-text index of reports (store/search-text.ts), rowid = reports.seq;
 *   contentless, since it indexes words the reports table already holds. Written with each report;
 *   a trigger removes a report's entry with it.
 * reports.outlet / outlet_key: the outlet as extracted, and folded for the list's outlet filter.
 *   reports_by_outlet covers both: they sit after `article` in the row, and reading them from the
 *   table walks each article's overflow pages (the first list view over 3,000 reports took seconds).
 * story_views: each story's alignment (store.ts StoryView), for the revision it was made at, so
 *   that a story page reads it instead of analysing the story; gone with its story. It holds no
 *   article (aligned-codec.ts): those are read from `reports`.
 * stories_unsummarised: the stories whose summary is due, found without reading every story.
 * postings: the candidate index, term → story, with the story's last day so that a lookup reads
 *   only recent stories (UNDATED_DAY for stories with no dated report).
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text_hash TEXT,
  story_id TEXT NOT NULL,
  day INTEGER,
  article TEXT NOT NULL,
  vector TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  outlet TEXT,
  outlet_key TEXT,
  UNIQUE (source, content_hash)
);
CREATE INDEX IF NOT EXISTS reports_by_story ON reports (story_id, day);
CREATE INDEX IF NOT EXISTS reports_by_text ON reports (text_hash);
CREATE INDEX IF NOT EXISTS reports_by_outlet ON reports (outlet_key, story_id, outlet);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  sum TEXT NOT NULL,
  days TEXT NOT NULL,
  last_day INTEGER NOT NULL,
  terms TEXT NOT NULL,
  summary TEXT,
  disputed INTEGER
);
CREATE INDEX IF NOT EXISTS stories_newest ON stories (${SORT_DAY} DESC, id);
CREATE INDEX IF NOT EXISTS stories_unsummarised ON stories (id) WHERE summary IS NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS report_search USING fts5(words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER IF NOT EXISTS report_search_delete AFTER DELETE ON reports BEGIN DELETE FROM report_search WHERE rowid = old.seq; END;
CREATE TABLE IF NOT EXISTS postings (
  term TEXT NOT NULL,
  story_id TEXT NOT NULL,
  last_day INTEGER NOT NULL,
  PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS postings_recent ON postings (term, last_day);
CREATE INDEX IF NOT EXISTS postings_by_story ON postings (story_id);
CREATE TABLE IF NOT EXISTS story_views (
  story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  revision TEXT NOT NULL,
  reports TEXT NOT NULL,
  aligned TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS id_suffixes (base TEXT PRIMARY KEY, next INTEGER NOT NULL);
`;


/**
 * WAL lets `stories` read while `ingest` writes; synchronous=NORMAL makes every commit durable
 * against a killed process (the WAL write is done before COMMIT returns; only a power cut can lose
 * the last commits). busy_timeout waits for another writer instead of failing at once.
 * cache_size: 64 MB of pages (SQLite's default is 2 MB). The candidate index and the unique
 * indexes grow with the archive, and each report touches a few random pages of them; with 2 MB
 * the time to place a report doubled between 10k and 100k stored reports (bench/scale.ts).
 */
const PRAGMAS = ["journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 5000", "foreign_keys = ON", "cache_size = -65536"];

/** Set up a new store or check an existing one. Throws a plain message when the file is not ours. */
export function prepareSchema(db: Database, create: boolean): void {
  for (const pragma of PRAGMAS) db.pragma(pragma);
  // Under the write lock: two processes opening a new store at once must not both create it.
  db.transaction(() => setUpTables(db, create)).immediate();
}

function setUpTables(db: Database, create: boolean): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (!tables.includes("meta")) {
    if (tables.length > 0) throw new Error("it is a SQLite database but not a Corroborate store");
    if (!create) throw new Error("it holds no Corroborate store");
    db.exec(TABLES);
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
    return;
  }
  const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get());
  if (version > SCHEMA_VERSION) throw new Error(`it was written by a newer Corroborate (store version ${version}, this one reads ${SCHEMA_VERSION})`);
  if (version < 2) addTextHashes(db);
  if (version < 3) db.exec("ALTER TABLE reports ADD COLUMN outlet TEXT; ALTER TABLE reports ADD COLUMN outlet_key TEXT; ALTER TABLE stories ADD COLUMN disputed INTEGER");
  db.exec(TABLES);
  if (version < 3) indexStoredReports(db);
  if (version < SCHEMA_VERSION) db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION));
}

/** Each stored report, a batch at a time, for a migration to fill in what it derives from the article. */
function eachStoredReport(db: Database, visit: (seq: number, article: Article) => void): void {
  const batch = db.prepare("SELECT seq, article FROM reports WHERE seq > ? ORDER BY seq LIMIT 1000");
  for (let rows = batch.all(0) as { seq: number; article: string }[]; rows.length > 0; rows = batch.all(rows.at(-1)!.seq) as typeof rows) {
    for (const row of rows) visit(row.seq, JSON.parse(row.article) as Article);
  }
}

/** Version 1 → 2: every stored report gets the hash of its normalised text. */
function addTextHashes(db: Database): void {
  db.exec("ALTER TABLE reports ADD COLUMN text_hash TEXT");
  const update = db.prepare("UPDATE reports SET text_hash = ? WHERE seq = ?");
  eachStoredReport(db, (seq, article) => update.run(textHash(article.text), seq));
}

/**
 * Version 2 → 3: stored reports enter the full-text index and get their outlet columns; saved
 * summaries give their disputed count. Claim values are not stored, so reports stored before
 * are found by their words only (a claim's value as written is in its text).
 */
function indexStoredReports(db: Database): void {
  const outlet = db.prepare("UPDATE reports SET outlet = ?, outlet_key = ? WHERE seq = ?");
  const index = db.prepare("INSERT INTO report_search (rowid, words) VALUES (?, ?)");
  eachStoredReport(db, (seq, article) => {
    outlet.run(article.outlet, article.outlet ? outletKey(article.outlet) : null, seq);
    index.run(seq, searchDocument(article.id, reportWords(article, [])));
  });
  db.exec("UPDATE stories SET disputed = json_extract(summary, '$.disputed') WHERE summary IS NOT NULL");
}
