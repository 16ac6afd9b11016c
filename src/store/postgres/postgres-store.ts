import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import type { Article } from "../../types.js";
import { normalise } from "../../cluster/features.js";
import { lastDay, storyIndexTerms, type CandidateQuery, type Placement, type ReportFeatures, type StoryState } from "../../cluster/index.js";
import type { NewReport, OutletCount, Store, StoredReportRef, StoryPage, StoryQuery, StoryRecord, StorySummary, StoryView } from "../store.js";
import { searchDocument } from "../search-text.js";
import { outletKey, storyPageStatements, toRecord, type Dialect, type StoryRow } from "../story-page-sql.js";
import { decodeVector, encodeVector } from "../sqlite/codec.js";
import { SORT_DAY, UNDATED_DAY } from "../story-order.js";
import { articleJson } from "../serialised-article.js";

/**
 * The one advisory lock every placement takes, in every process on every machine (any fixed
 * number; "plac"). Placement reads a neighbourhood it cannot name in advance — the stories found
 * through the report's terms, any of them merged away, a story split after the join — so it runs
 * alone: extraction and analysis, most of a report's cost, run in parallel outside the lock.
 * README "Running on PostgreSQL" gives the reasoning and the measured cost.
 */
const PLACEMENT_LOCK = 0x706c6163;

type Queryable = Pick<pg.PoolClient, "query">;

/** A report a worker gave up on, kept with its error for `corroborate failures`. */
export interface FailedReport {
  source: string;
  contentHash: string;
  code: string | null;
  message: string;
  attempts: number;
  failedAt?: string;
}

/** A story's revision token (storyRevision), or NULL for no such story, in SQL; `story` is the SQL giving its id. */
const REVISION_OF = (story: string) => `(SELECT count(*)::int || '.' || max(seq)::text FROM reports WHERE story_id = ${story})`;

/** The store in a PostgreSQL database, shared by any number of processes. */
export class PostgresStore implements Store {
  /** The connection of the placement this call runs inside, if any. */
  private readonly placement = new AsyncLocalStorage<pg.PoolClient>();

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    /** See PostgresOpenOptions.durable. */
    private readonly durable = true,
  ) {}

  async findReportByText(textHash: string): Promise<StoredReportRef | null> {
    const { rows } = await this.db().query("SELECT id, story_id AS story FROM reports WHERE text_hash = $1 ORDER BY seq LIMIT 1", [textHash]);
    return (rows[0] as StoredReportRef | undefined) ?? null;
  }

  async findReport(source: string, contentHash: string): Promise<StoredReportRef | null> {
    const { rows } = await this.db().query("SELECT id, story_id AS story FROM reports WHERE source = $1 AND content_hash = $2", [source, contentHash]);
    return (rows[0] as StoredReportRef | undefined) ?? null;
  }

  /** One round trip for all terms: each term's newest `perTerm` stories, counted per story. */
  async findCandidates(query: CandidateQuery): Promise<Map<string, number>> {
    const { rows } = await this.db().query(
      `SELECT p.story_id, count(*)::int AS shared
         FROM unnest($1::text[]) AS t(term)
         CROSS JOIN LATERAL (SELECT story_id FROM postings WHERE term = t.term AND last_day >= $2 ORDER BY last_day DESC LIMIT $3) p
        GROUP BY p.story_id`,
      [query.terms, query.fromDay ?? -UNDATED_DAY, query.perTerm],
    );
    return new Map(rows.map((r: { story_id: string; shared: number }) => [r.story_id, r.shared]));
  }

  async loadStates(ids: string[]): Promise<StoryState[]> {
    const { rows } = await this.db().query("SELECT id, size, sum, days FROM stories WHERE id = ANY($1)", [ids]);
    const byId = new Map(rows.map((r: { id: string; size: number; sum: string; days: string }) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const sum = decodeVector(row.sum);
      return [{ id, size: row.size, sum, centroid: normalise(sum), days: JSON.parse(row.days) as number[] }];
    });
  }

  /** One transaction holding the placement lock from the first read to the commit. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.placement.getStore()) return work();
    return this.transaction((client) => this.placement.run(client, work));
  }

  /** The whole commit is one call of commit_report (migrations.ts): one round trip under the lock. */
  async commitReport(report: NewReport, placement: Placement): Promise<StoredReportRef> {
    return this.write(async (db) => {
      const { rows } = await db.query("SELECT out_id AS id, out_story AS story FROM commit_report($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)", [
        report.id,
        report.source,
        report.contentHash,
        report.features.day,
        // The id is settled inside commit_report; storyArticles sets it on the article it reads.
        articleJson(report.article, report.id),
        encodeVector(report.features.vector),
        ...storyRow(placement.story),
        placement.merged,
      ]);
      const stored = rows[0] as StoredReportRef;
      const { outlet } = report.article;
      await db.query(
        "UPDATE reports SET text_hash = $1, outlet = $3, outlet_key = $4, search = to_tsvector('simple', $5) WHERE id = $2 AND text_hash IS NULL",
        [report.textHash, stored.id, outlet, outlet ? outletKey(outlet) : null, searchDocument(stored.id, report.searchWords)],
      );
      return stored;
    });
  }

  async storyMembers(storyId: string): Promise<ReportFeatures[]> {
    const { rows } = await this.db().query("SELECT id, vector, day FROM reports WHERE story_id = $1 ORDER BY seq", [storyId]);
    return rows.map((row: { id: string; vector: string; day: number | null }) => ({ id: row.id, vector: decodeVector(row.vector), day: row.day }));
  }

  async splitStory(storyId: string, parts: { state: StoryState; reports: string[] }[]): Promise<void> {
    await this.write(async (db) => {
      await db.query("DELETE FROM postings WHERE story_id = $1", [storyId]);
      await db.query("DELETE FROM stories WHERE id = $1", [storyId]);
      for (const part of parts) {
        await db.query("UPDATE reports SET story_id = $1 WHERE id = ANY($2)", [part.state.id, part.reports]);
        await db.query("SELECT write_story($1, $2, $3, $4, $5, $6)", storyRow(part.state));
      }
    });
  }

  async listStories(): Promise<StoryRecord[]> {
    const { rows } = await this.db().query("SELECT id, size, summary FROM stories ORDER BY size DESC, last_day DESC, id");
    return rows.map(toRecord);
  }

  async storyPage(query: StoryQuery): Promise<StoryPage> {
    const { page, count } = storyPageStatements(query, POSTGRES);
    const [{ rows }, counted] = await Promise.all([this.db().query(page.sql, page.params), this.db().query(count.sql, count.params)]);
    const shown = (rows as (StoryRow & { day: number })[]).slice(0, query.limit);
    const last = shown.at(-1);
    return { stories: shown.map(toRecord), total: counted.rows[0].total as number, next: rows.length > query.limit && last ? { day: last.day, id: last.id } : null };
  }

  async storiesWithoutSummary(limit: number): Promise<string[]> {
    const { rows } = await this.db().query("SELECT id FROM stories WHERE summary IS NULL LIMIT $1", [limit]);
    return rows.map((row: { id: string }) => row.id);
  }

  async storiesWithoutView(analysis: string): Promise<string[]> {
    const { rows } = await this.db().query(
      `SELECT s.id FROM stories s LEFT JOIN story_views v ON v.story_id = s.id
        WHERE v.story_id IS NULL OR v.analysis <> $1 OR v.revision <> ${REVISION_OF("s.id")} ORDER BY ${SORT_DAY} DESC, s.id`,
      [analysis],
    );
    return rows.map((row: { id: string }) => row.id);
  }

  async outlets(): Promise<OutletCount[]> {
    const { rows } = await this.db().query(
      `SELECT min(outlet) AS name, count(*)::int AS reports, count(DISTINCT story_id)::int AS stories FROM reports
        WHERE outlet_key IS NOT NULL AND outlet_key <> '' GROUP BY outlet_key ORDER BY reports DESC, name`,
    );
    return rows as OutletCount[];
  }

  async storyArticles(storyId: string): Promise<Article[] | null> {
    const { rows } = await this.db().query("SELECT id, article FROM reports WHERE story_id = $1 ORDER BY day NULLS LAST, seq", [storyId]);
    return rows.length === 0 ? null : rows.map((row: { id: string; article: string }) => ({ ...(JSON.parse(row.article) as Article), id: row.id }));
  }

  async storyRevision(storyId: string): Promise<string | null> {
    // Every change to a story adds a report (a new highest seq) or moves reports in or out (a new count).
    const { rows } = await this.db().query("SELECT count(*)::int AS size, max(seq)::text AS last FROM reports WHERE story_id = $1", [storyId]);
    const row = rows[0] as { size: number; last: string | null };
    return row.last === null ? null : `${row.size}.${row.last}`;
  }

  /** The revision check and the write are one statement, so no writer can come between them. */
  async saveSummary(storyId: string, revision: string, summary: StorySummary): Promise<void> {
    await this.db().query(
      `UPDATE stories SET summary = $1, disputed = $4 WHERE id = $2 AND ${REVISION_OF("$2")} = $3`,
      [JSON.stringify(summary), storyId, revision, summary.disputed],
    );
  }

  /** As saveSummary: the revision check and the write are one statement. */
  async saveStoryView(storyId: string, view: StoryView): Promise<void> {
    await this.db().query(
      `INSERT INTO story_views (story_id, revision, reports, aligned, analysis)
         SELECT $1, $2, $3, $4, $5 WHERE ${REVISION_OF("$1")} = $2
       ON CONFLICT (story_id) DO UPDATE SET revision = excluded.revision, reports = excluded.reports, aligned = excluded.aligned, analysis = excluded.analysis`,
      [storyId, view.revision, view.reports, view.aligned, view.analysis],
    );
  }

  async storyView(storyId: string): Promise<StoryView | null> {
    const { rows } = await this.db().query("SELECT revision, reports, aligned, analysis FROM story_views WHERE story_id = $1", [storyId]);
    return (rows[0] as StoryView | undefined) ?? null;
  }

  /**
   * The snapshot of committed transactions: any write committed since (here or in another
   * process) is either past its xmax or leaves its in-progress list, so the text differs.
   * Writes to other databases of the server move it too, which costs only a cache miss.
   */
  async changeToken(): Promise<string> {
    const { rows } = await this.db().query("SELECT txid_current_snapshot()::text AS token");
    return rows[0].token as string;
  }

  async counts(): Promise<{ reports: number; stories: number }> {
    const { rows } = await this.db().query("SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM stories)::int AS stories");
    return rows[0] as { reports: number; stories: number };
  }

  /** Keep (or update) a report that failed for good; storing it later does not remove it. */
  async recordFailure(failure: FailedReport): Promise<void> {
    await this.pool.query(
      `INSERT INTO failed_reports (source, content_hash, code, message, attempts) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source, content_hash) DO UPDATE SET code = excluded.code, message = excluded.message, attempts = excluded.attempts, failed_at = now()`,
      [failure.source, failure.contentHash, failure.code, failure.message, failure.attempts],
    );
  }

  /** Failed reports, the latest first. */
  async listFailures(): Promise<FailedReport[]> {
    const { rows } = await this.pool.query(
      `SELECT source, content_hash AS "contentHash", code, message, attempts, to_char(failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "failedAt"
         FROM failed_reports ORDER BY failed_at DESC, source`,
    );
    return rows as FailedReport[];
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** Inside a placement, its connection; otherwise any pooled one. */
  private db(): Queryable {
    return this.placement.getStore() ?? this.pool;
  }

  /** A write joins the placement it runs in, or is its own transaction under the placement lock. */
  private write<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    const client = this.placement.getStore();
    if (client) return work(client);
    return this.transaction((db) => this.placement.run(db, () => work(db)));
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      // One round trip: begin, say whether the commit waits for the disk, take the lock.
      await client.query(`BEGIN; SET LOCAL synchronous_commit = ${this.durable ? "on" : "off"}; SELECT pg_advisory_xact_lock(${PLACEMENT_LOCK})`);
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** A story's state as write_story and commit_report take it: id, size, sum, days, last day, index terms. */
function storyRow(state: StoryState): [string, number, string, string, number, string[]] {
  return [state.id, state.size, encodeVector(state.sum), JSON.stringify(state.days), lastDay(state) ?? UNDATED_DAY, storyIndexTerms(state)];
}

/** The words are letters and digits only (search-text.ts): plainto_tsquery ANDs them. */
const POSTGRES: Dialect = {
  placeholder: (n) => `$${n}`,
  firstDay: "(days::jsonb ->> 0)::int",
  matchArgument: (words) => words.join(" "),
  storiesMatching: (argument) => `SELECT story_id FROM reports WHERE search @@ plainto_tsquery('simple', ${argument})`,
};
