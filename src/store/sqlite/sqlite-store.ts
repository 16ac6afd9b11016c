import type { Database, Statement } from "better-sqlite3";
import type { Article } from "../../types.js";
import { normalise } from "../../cluster/features.js";
import { lastDay, storyIndexTerms, type CandidateQuery, type Placement, type ReportFeatures, type StoryState } from "../../cluster/index.js";
import type { NewReport, OutletCount, Store, StoredReportRef, StoryPage, StoryQuery, StoryRecord, StorySummary, StoryView } from "../store.js";
import { searchDocument } from "../search-text.js";
import { outletKey, storyPageStatements, toRecord, type Dialect, type StoryRow } from "../story-page-sql.js";
import { decodeVector, encodeVector } from "./codec.js";
import { SORT_DAY, UNDATED_DAY } from "../story-order.js";
import { CorroborateError } from "../../errors.js";
import { articleJson } from "../serialised-article.js";

/** The store in one SQLite file. better-sqlite3 is synchronous; the async methods resolve at once. */
export class SqliteStore implements Store {
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly queries = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    readonly location: string,
    /** The file's absolute path (Store.workerFile). */
    readonly workerFile: string,
  ) {
    this.sql = prepareStatements(db);
  }

  async findReport(source: string, contentHash: string): Promise<StoredReportRef | null> {
    return this.findReportNow(source, contentHash);
  }

  async findReportByText(textHash: string): Promise<StoredReportRef | null> {
    return (this.sql.findByText.get(textHash) as StoredReportRef | undefined) ?? null;
  }

  async findCandidates(query: CandidateQuery): Promise<Map<string, number>> {
    const hits = new Map<string, number>();
    const fromDay = query.fromDay ?? -UNDATED_DAY;
    for (const term of query.terms) {
      for (const id of this.sql.postingsForTerm.pluck().all(term, fromDay, query.perTerm) as string[]) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }

  async loadStates(ids: string[]): Promise<StoryState[]> {
    return ids.flatMap((id) => {
      const row = this.sql.story.get(id) as { id: string; size: number; sum: string; days: string } | undefined;
      if (!row) return [];
      const sum = decodeVector(row.sum);
      return [{ id: row.id, size: row.size, sum, centroid: normalise(sum), days: JSON.parse(row.days) as number[] }];
    });
  }

  /**
   * BEGIN IMMEDIATE takes SQLite's write lock at once (waiting up to busy_timeout for another
   * process to finish); the commits inside become savepoints of this one transaction.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    try {
      this.db.exec("BEGIN IMMEDIATE");
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      throw new CorroborateError("E_STORE", "store", `${this.location} is busy: another process has been writing to it for too long; try again`);
    }
    try {
      const result = await work();
      this.db.exec("COMMIT");
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  async commitReport(report: NewReport, placement: Placement): Promise<StoredReportRef> {
    return this.db.transaction((): StoredReportRef => {
      const existing = this.findReportNow(report.source, report.contentHash);
      if (existing) return existing;
      const id = this.uniqueReportId(report.id);
      const storyId = placement.story.id;
      for (const merged of placement.merged) this.absorb(merged, storyId);
      const { lastInsertRowid } = this.sql.insertReport.run({
        id,
        source: report.source,
        content_hash: report.contentHash,
        text_hash: report.textHash,
        story_id: storyId,
        day: report.features.day,
        article: articleJson(report.article, id),
        vector: encodeVector(report.features.vector),
        ingested_at: new Date().toISOString(),
        outlet: report.article.outlet,
        outlet_key: report.article.outlet ? outletKey(report.article.outlet) : null,
      });
      this.sql.indexReport.run(lastInsertRowid, searchDocument(id, report.searchWords));
      this.writeStory(placement.story);
      return { id, story: storyId };
    }).immediate();
  }

  async storyMembers(storyId: string): Promise<ReportFeatures[]> {
    const rows = this.sql.members.all(storyId) as { id: string; vector: string; day: number | null }[];
    return rows.map((row) => ({ id: row.id, vector: decodeVector(row.vector), day: row.day }));
  }

  async splitStory(storyId: string, parts: { state: StoryState; reports: string[] }[]): Promise<void> {
    this.db.transaction(() => {
      this.deleteStory(storyId);
      for (const part of parts) {
        for (const report of part.reports) this.sql.moveReport.run(part.state.id, report);
        this.writeStory(part.state);
      }
    }).immediate();
  }

  async listStories(): Promise<StoryRecord[]> {
    return (this.sql.listStories.all() as StoryRow[]).map(toRecord);
  }

  async storyPage(query: StoryQuery): Promise<StoryPage> {
    const { page, count } = storyPageStatements(query, SQLITE);
    const rows = this.statement(page.sql).all(...page.params) as (StoryRow & { day: number })[];
    const total = this.statement(count.sql).pluck().get(...count.params) as number;
    const shown = rows.slice(0, query.limit);
    const last = shown.at(-1);
    return { stories: shown.map(toRecord), total, next: rows.length > query.limit && last ? { day: last.day, id: last.id } : null };
  }

  async storiesWithoutSummary(limit: number): Promise<string[]> {
    return this.sql.unsummarised.pluck().all(limit) as string[];
  }

  async storiesWithoutView(analysis: string): Promise<string[]> {
    return this.sql.withoutView.pluck().all(analysis) as string[];
  }

  async outlets(): Promise<OutletCount[]> {
    return this.sql.outlets.all() as OutletCount[];
  }

  async storyArticles(storyId: string): Promise<Article[] | null> {
    const rows = this.sql.articles.pluck().all(storyId) as string[];
    return rows.length === 0 ? null : rows.map((json) => JSON.parse(json) as Article);
  }

  async storyRevision(storyId: string): Promise<string | null> {
    return (this.sql.revision.pluck().get(storyId) as string | null) ?? null;
  }

  async saveSummary(storyId: string, revision: string, summary: StorySummary): Promise<void> {
    this.sql.saveSummary.run(JSON.stringify(summary), summary.disputed, storyId, storyId, revision);
  }

  async saveStoryView(storyId: string, view: StoryView): Promise<void> {
    this.sql.saveView.run(storyId, view.revision, JSON.stringify(view.reports), view.aligned, view.analysis, storyId, view.revision);
  }

  async storyView(storyId: string): Promise<StoryView | null> {
    const row = this.sql.view.get(storyId) as { revision: string; reports: string; aligned: string; analysis: string } | undefined;
    return row ? { revision: row.revision, reports: JSON.parse(row.reports) as string[], aligned: row.aligned, analysis: row.analysis } : null;
  }

  async counts(): Promise<{ reports: number; stories: number }> {
    return this.sql.counts.get() as { reports: number; stories: number };
  }

  async changeToken(): Promise<string> {
    return this.sql.changeToken.pluck().get() as string;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** A story query's statement, prepared once per combination of filters. */
  private statement(sql: string): Statement {
    let statement = this.queries.get(sql);
    if (!statement) this.queries.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private findReportNow(source: string, contentHash: string): StoredReportRef | null {
    return (this.sql.findReport.get(source, contentHash) as StoredReportRef | undefined) ?? null;
  }

  /** The wanted id, or the first free of id-2, id-3 …, starting where the last search ended. */
  private uniqueReportId(wanted: string): string {
    if (!this.sql.reportIdTaken.get(wanted)) return wanted;
    let n = (this.sql.nextSuffix.pluck().get(wanted) as number | undefined) ?? 2;
    while (this.sql.reportIdTaken.get(`${wanted}-${n}`)) n++;
    this.sql.saveSuffix.run(wanted, n + 1);
    return `${wanted}-${n}`;
  }

  /** Move a merged story's reports into `into` and drop it. */
  private absorb(merged: string, into: string): void {
    this.sql.moveStory.run(into, merged);
    this.deleteStory(merged);
  }

  private deleteStory(id: string): void {
    this.sql.deletePostings.run(id);
    this.sql.deleteStory.run(id);
  }

  /**
   * Write a story's state, clear its summary, and re-index it under its current terms. Only the
   * postings that changed are written: after a join most of a story's top terms stay the same.
   */
  private writeStory(state: StoryState): void {
    const last = lastDay(state) ?? UNDATED_DAY;
    const terms = storyIndexTerms(state);
    const old = this.sql.storyIndex.get(state.id) as { terms: string; last_day: number } | undefined;
    const before = new Set(old ? (JSON.parse(old.terms) as string[]) : []);
    const after = new Set(terms);
    this.sql.upsertStory.run({ id: state.id, size: state.size, sum: encodeVector(state.sum), days: JSON.stringify(state.days), last_day: last, terms: JSON.stringify(terms) });
    for (const term of before) if (!after.has(term)) this.sql.deletePosting.run(term, state.id);
    if (old && old.last_day !== last) this.sql.movePostings.run(last, state.id);
    for (const term of after) if (!before.has(term)) this.sql.insertPosting.run(term, state.id, last);
  }
}

/** A story's revision token, "size.last seq", or NULL for no such story; `story` is the SQL giving its id. */
const REVISION_OF = (story: string) => `(SELECT CASE WHEN max(seq) IS NULL THEN NULL ELSE count(*) || '.' || max(seq) END FROM reports WHERE story_id = ${story})`;

function prepareStatements(db: Database) {
  const s = (sql: string): Statement => db.prepare(sql);
  return {
    findReport: s("SELECT id, story_id AS story FROM reports WHERE source = ? AND content_hash = ?"),
    findByText: s("SELECT id, story_id AS story FROM reports WHERE text_hash = ? ORDER BY seq LIMIT 1"),
    reportIdTaken: s("SELECT 1 FROM reports WHERE id = ?"),
    nextSuffix: s("SELECT next FROM id_suffixes WHERE base = ?"),
    saveSuffix: s("INSERT INTO id_suffixes (base, next) VALUES (?, ?) ON CONFLICT (base) DO UPDATE SET next = excluded.next"),
    insertReport: s(
      "INSERT INTO reports (id, source, content_hash, text_hash, story_id, day, article, vector, ingested_at, outlet, outlet_key) " +
        "VALUES (@id, @source, @content_hash, @text_hash, @story_id, @day, @article, @vector, @ingested_at, @outlet, @outlet_key)",
    ),
    indexReport: s("INSERT INTO report_search (rowid, words) VALUES (?, ?)"),
    unsummarised: s("SELECT id FROM stories WHERE summary IS NULL LIMIT ?"),
    // One spelling per outlet: the most common among its reports would cost a second grouping for little.
    outlets: s("SELECT min(outlet) AS name, count(*) AS reports, count(DISTINCT story_id) AS stories FROM reports WHERE outlet_key IS NOT NULL AND outlet_key <> '' GROUP BY outlet_key ORDER BY reports DESC, name"),
    moveReport: s("UPDATE reports SET story_id = ? WHERE id = ?"),
    moveStory: s("UPDATE reports SET story_id = ? WHERE story_id = ?"),
    members: s("SELECT id, vector, day FROM reports WHERE story_id = ? ORDER BY seq"),
    // Every change to a story adds a report (a new highest seq) or moves reports in or out (a new count).
    revision: s(`SELECT ${REVISION_OF("?")}`),
    articles: s("SELECT article FROM reports WHERE story_id = ? ORDER BY day IS NULL, day, seq"),
    story: s("SELECT id, size, sum, days FROM stories WHERE id = ?"),
    upsertStory: s(
      "INSERT INTO stories (id, size, sum, days, last_day, terms, summary) VALUES (@id, @size, @sum, @days, @last_day, @terms, NULL) " +
        "ON CONFLICT (id) DO UPDATE SET size = excluded.size, sum = excluded.sum, days = excluded.days, last_day = excluded.last_day, terms = excluded.terms, summary = NULL",
    ),
    deleteStory: s("DELETE FROM stories WHERE id = ?"),
    listStories: s("SELECT id, size, summary FROM stories ORDER BY size DESC, last_day DESC, id"),
    // The revision check and the write are one statement, so no writer can come between them.
    saveSummary: s(`UPDATE stories SET summary = ?, disputed = ? WHERE id = ? AND ${REVISION_OF("?")} = ?`),
    saveView: s(
      `INSERT INTO story_views (story_id, revision, reports, aligned, analysis) SELECT ?, ?, ?, ?, ? WHERE ${REVISION_OF("?")} = ? ` +
        "ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, reports = excluded.reports, aligned = excluded.aligned, analysis = excluded.analysis",
    ),
    view: s("SELECT revision, reports, aligned, analysis FROM story_views WHERE story_id = ?"),
    withoutView: s(
      `SELECT s.id FROM stories s LEFT JOIN story_views v ON v.story_id = s.id ` +
        `WHERE v.story_id IS NULL OR v.analysis <> ? OR v.revision <> ${REVISION_OF("s.id")} ORDER BY ${SORT_DAY} DESC, s.id`,
    ),
    postingsForTerm: s("SELECT story_id FROM postings WHERE term = ? AND last_day >= ? ORDER BY last_day DESC LIMIT ?"),
    insertPosting: s("INSERT OR REPLACE INTO postings (term, story_id, last_day) VALUES (?, ?, ?)"),
    deletePostings: s("DELETE FROM postings WHERE story_id = ?"),
    deletePosting: s("DELETE FROM postings WHERE term = ? AND story_id = ?"),
    movePostings: s("UPDATE postings SET last_day = ? WHERE story_id = ?"),
    storyIndex: s("SELECT terms, last_day FROM stories WHERE id = ?"),
    counts: s("SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM stories) AS stories"),
    // data_version moves when another connection commits; total_changes counts this connection's writes.
    changeToken: s("SELECT (SELECT data_version FROM pragma_data_version) || '.' || total_changes()"),
  };
}

/** FTS5: each word a quoted string (no operator is read from a query), all of them required. */
const SQLITE: Dialect = {
  placeholder: () => "?",
  firstDay: "json_extract(days, '$[0]')",
  matchArgument: (words) => words.map((word) => `"${word}"`).join(" "),
  storiesMatching: (argument) => `SELECT story_id FROM reports WHERE seq IN (SELECT rowid FROM report_search WHERE report_search MATCH ${argument})`,
};
