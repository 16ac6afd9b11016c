import type { Article } from "../types.js";
import type { SerialisedArticle } from "./serialised-article.js";
import type { CandidateQuery, Placement, ReportFeatures, StoryState } from "../cluster/index.js";

/** A report as the store keeps it: the clean article (re-analysed when its story is aligned) and its cluster features. */
export interface NewReport {
  /** Wanted id; the store makes it unique (adding "-2", "-3") when another report has it. */
  id: string;
  /** Where it came from, as a stable key (an absolute path, a URL, "stdin"). */
  source: string;
  /** SHA-256 of the raw bytes: with `source`, what makes a report the same report. */
  contentHash: string;
  /**
   * SHA-256 of the article's normalised text (store/ingest-report.ts textHash): a report with the
   * same text under another source is the same report too (findReportByText).
   */
  textHash: string;
  /** The article, or already serialised (by the worker that analysed it: serialised-article.ts). */
  article: Article | SerialisedArticle;
  features: ReportFeatures;
  /**
   * Its words for full-text search, apart from its id (search-text.ts reportWords): title, outlet,
   * the values of its claims as analysed ("140", "2026-03-02", a place's key) and its text.
   */
  searchWords: string;
}

export interface StoredReportRef {
  id: string;
  story: string;
}

/** What `stories` lists, computed when a report is stored and kept per story revision. */
export interface StorySummary {
  headline: string;
  firstPublished: string | null;
  lastPublished: string | null;
  reports: number;
  independentOutlets: number;
  disputed: number;
  articles: SummaryArticle[];
}

/** A report as a story's summary lists it. Fields after `published` are absent in summaries saved before they were added. */
export interface SummaryArticle extends Pick<Article, "id" | "source" | "outlet" | "title" | "published" | "publishedAt"> {
  /** The original page, when there is one. */
  url?: string | null;
  /** How the report's source is shown (report/source-name.ts reportName). */
  name?: string;
}

/**
 * A story as aligned at one revision, kept so that reading it is a store read and a rendering,
 * never an analysis: made when a report is stored, in a worker thread (pipeline.ts prepareStory).
 */
export interface StoryView {
  /** The story's revision it was aligned at (Store.storyRevision). */
  revision: string;
  /** Ids of the reports it was aligned from, in its order: their articles are read from the reports. */
  reports: string[];
  /** The aligned story without its articles (store/aligned-codec.ts), which the store holds already. */
  aligned: string;
  /**
   * The analysis that made it (analysis-version.ts ANALYSIS_VERSION): a view made by other rules is
   * treated as missing. Views kept before views were stamped read as "".
   */
  analysis: string;
}

/**
 * One page of the story list, newest first (the day of a story's latest report; undated stories
 * last; then by id), narrowed by every filter given.
 */
export interface StoryQuery {
  limit: number;
  /** Where the previous page ended (StoryPage.next). */
  after?: StoryCursor | null;
  /** Only stories whose saved summary has a disputed point. */
  disputedOnly?: boolean;
  /** Day numbers (days since 1970-01-01): stories with a report dated in [fromDay, toDay]. Undated stories are left out. */
  fromDay?: number | null;
  toDay?: number | null;
  /** Only stories with a report from this outlet (case ignored). */
  outlet?: string | null;
  /** Only stories with a report holding every word (search-text.ts), or the story with this id. */
  text?: string | null;
}

/** Where a page of the story list ended: the last story's sort day and id. */
export interface StoryCursor {
  day: number;
  id: string;
}

export interface StoryPage {
  stories: StoryRecord[];
  /** Stories matching the filters, on every page. */
  total: number;
  /** Where the next page starts, or null on the last page. */
  next: StoryCursor | null;
}

/** An outlet with stored reports, for the list's outlet filter. */
export interface OutletCount {
  name: string;
  reports: number;
  stories: number;
}

export interface StoryRecord {
  id: string;
  size: number;
  /** Null when the story changed since the summary was made, or none was saved for this revision. */
  summary: StorySummary | null;
}

/**
 * Where reports and stories persist. SQLite by default (store/sqlite/); a PostgreSQL backend
 * implements the same methods. Every method is async so that a networked database fits; each
 * write is one transaction, committed before the promise resolves.
 */
export interface Store {
  /** The file or connection string, for messages. */
  readonly location: string;
  /**
   * The file a worker thread opens to reach this same store over a connection of its own, so that
   * writing a big report (megabytes into the database) and reading its story back cost the thread
   * that answers readers nothing: SQLite in WAL mode lets one connection write while others read.
   * Absent when a worker cannot open it (PostgreSQL: the URL is kept without its password).
   */
  readonly workerFile?: string;
  /** The stored report with this source and content hash, if any. */
  findReport(source: string, contentHash: string): Promise<StoredReportRef | null>;
  /** A stored report with this text hash (NewReport.textHash), whatever its source, if any. */
  findReportByText(textHash: string): Promise<StoredReportRef | null>;
  /** Stories sharing the query's terms, with the number of terms each shares (see cluster/placement.ts). */
  findCandidates(query: CandidateQuery): Promise<Map<string, number>>;
  loadStates(ids: string[]): Promise<StoryState[]>;
  /**
   * Run one placement (read the candidate stories, decide, commit, maybe split) with no other
   * writer in between, in this process or another; otherwise two writers could each join a story
   * the other is merging away. Either all of it is committed or none.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Store a report and its placement (join, new story, merges) in one transaction. */
  commitReport(report: NewReport, placement: Placement): Promise<StoredReportRef>;
  /** The cluster features of a story's reports, for a split check. */
  storyMembers(storyId: string): Promise<ReportFeatures[]>;
  /** Replace a story by parts (each a new state and its report ids), in one transaction. */
  splitStory(storyId: string, parts: { state: StoryState; reports: string[] }[]): Promise<void>;
  listStories(): Promise<StoryRecord[]>;
  /** One page of stories (StoryQuery), with how many match and where the next page starts. */
  storyPage(query: StoryQuery): Promise<StoryPage>;
  /** Stories with no summary for their current revision (changed by a writer that made none). */
  storiesWithoutSummary(limit: number): Promise<string[]>;
  /**
   * Every story whose kept view is missing, of an older revision, or stamped with another analysis
   * than `analysis`, newest first (as the story list): what a server makes in the background.
   */
  storiesWithoutView(analysis: string): Promise<string[]>;
  /** Outlets of the stored reports, most reports first. */
  outlets(): Promise<OutletCount[]>;
  /** The articles of a story in publish order, or null when there is no such story. */
  storyArticles(storyId: string): Promise<Article[] | null>;
  /**
   * A token that changes whenever the story's reports change (a join, a merge, a split), or null
   * when there is no such story: lets a reader cache a story's alignment.
   */
  storyRevision(storyId: string): Promise<string | null>;
  /**
   * Keep a story's summary, computed from the story at `revision` (storyRevision's token). It is
   * written only while the story is still at that revision, checked in the same statement or
   * transaction as the write; otherwise it is dropped, and a later reader computes a fresh one.
   * Several processes may compute summaries at once: none may overwrite a newer state with an
   * older one. Every change to a story clears its summary.
   */
  saveSummary(storyId: string, revision: string, summary: StorySummary): Promise<void>;
  /** Keep a story's view, written (as saveSummary) only while the story is still at `view.revision`. */
  saveStoryView(storyId: string, view: StoryView): Promise<void>;
  /**
   * The view last kept for a story: of its current revision, or of an older one (a reader may be
   * shown it while the newer one is made); null when none was kept or the story is gone.
   */
  storyView(storyId: string): Promise<StoryView | null>;
  counts(): Promise<{ reports: number; stories: number }>;
  /**
   * A token that changes whenever anything is committed to the store, by this process or another
   * (it may change for writes that change nothing a reader sees): lets a server keep an answer
   * built from the store until it changes (serve/list-answers.ts). One cheap query.
   */
  changeToken(): Promise<string>;
  close(): Promise<void>;
}
