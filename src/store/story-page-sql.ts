import type { StoryQuery, StoryRecord, StorySummary } from "./store.js";
import { searchWords } from "./search-text.js";
import { SORT_DAY, UNDATED_DAY } from "./story-order.js";

/**
 * The story list's SQL, shared by the SQLite and PostgreSQL stores: what differs between them
 * (placeholders, reading the first day, the full-text match) comes in a Dialect.
 */
export interface Dialect {
  /** The n-th placeholder (from 1); values are bound in the order placeholders appear. */
  placeholder(n: number): string;
  /** The day of a story's first dated report, from the stories row; NULL when it has none. */
  firstDay: string;
  /** What a full-text match binds for these words. */
  matchArgument(words: string[]): string;
  /** Story ids with a report matching the bound argument (a SELECT of one column). */
  storiesMatching(argument: string): string;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * A story query as two statements: the page (one row more than asked, which tells whether
 * another page follows) and the count of every match.
 */
export function storyPageStatements(query: StoryQuery, dialect: Dialect): { page: Statement; count: Statement } {
  // Placeholders are asked for in the order they appear: SQLite binds "?" by position.
  const page = build(dialect, (param) => {
    const where = filters(query, dialect, param);
    const after = query.after ? ` AND (${SORT_DAY} < ${param(query.after.day)} OR (${SORT_DAY} = ${param(query.after.day)} AND id > ${param(query.after.id)}))` : "";
    return `SELECT id, size, summary, ${SORT_DAY} AS day FROM stories WHERE ${where}${after} ORDER BY ${SORT_DAY} DESC, id LIMIT ${param(query.limit + 1)}`;
  });
  const count = build(dialect, (param) => `SELECT CAST(count(*) AS INTEGER) AS total FROM stories WHERE ${filters(query, dialect, param)}`);
  return { page, count };
}

/** A row of the stories table as a query reads it. */
export type StoryRow = { id: string; size: number; summary: string | null };

export function toRecord(row: StoryRow): StoryRecord {
  return { id: row.id, size: row.size, summary: row.summary ? (JSON.parse(row.summary) as StorySummary) : null };
}

/** How an outlet is compared: its words folded, so "BBC News", "bbc news" and "BBC-News" are one. */
export function outletKey(outlet: string): string {
  return searchWords(outlet).join(" ");
}

/** The WHERE clause of a query's filters (not its cursor). */
function filters(query: StoryQuery, dialect: Dialect, param: (value: unknown) => string): string {
  const where: string[] = [];
  if (query.disputedOnly) where.push("summary IS NOT NULL AND disputed > 0");
  if (query.fromDay != null) where.push(`last_day >= ${param(query.fromDay)} AND last_day <> ${UNDATED_DAY}`);
  if (query.toDay != null) where.push(`${dialect.firstDay} <= ${param(query.toDay)}`);
  if (query.outlet) where.push(`id IN (SELECT story_id FROM reports WHERE outlet_key = ${param(outletKey(query.outlet))})`);
  const words = searchWords(query.text ?? "");
  if (words.length > 0) where.push(`(id = ${param(query.text!.trim())} OR id IN (${dialect.storiesMatching(param(dialect.matchArgument(words)))}))`);
  return where.length > 0 ? where.join(" AND ") : "1 = 1";
}

function build(dialect: Dialect, sql: (param: (value: unknown) => string) => string): Statement {
  const params: unknown[] = [];
  const text = sql((value) => {
    params.push(value);
    return dialect.placeholder(params.length);
  });
  return { sql: text, params };
}
