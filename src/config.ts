/** Tunables in one place. Stages take options; nothing reads the environment. */
export const DEFAULT_OPTIONS = {
  ingest: {
    /** Larger files are refused: a news page is rarely over 5 MB, and a 10 MB page still fits. */
    maxBytes: 20 * 1024 * 1024,
    /**
     * File endings read when a directory is given. Other files in a directory are skipped silently.
     * Gzipped pages are unpacked on reading (ingest/index.ts). Feeds, sitemaps, JSON Lines and web
     * archives are found from their content, whatever their name; these names bring them in.
     */
    extensions: [".txt", ".text", ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".rss", ".atom", ".xml", ".xml.gz", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".warc", ".warc.gz"],
  },
  cluster: {
    /**
     * Score (cosine over entity, claim and distinctive-term weights, times time affinity) a report
     * needs to join a story. Measured with bench/clustering.ts (seeds, examples/, 181 unrelated
     * pages): report pairs of one event score 0.30–0.96 pairwise (median 0.5) and higher against
     * a story's centroid; different example events under 0.2; unrelated pages of one topic up to
     * 0.7. Two benchmarks pull against each other here: a report that contradicts the others on a
     * count or a place shares fewer claims with them and must still join their story
     * (bench/contradictions.ts: recall 0.82 at 0.45, 0.89 at 0.40, 0.90 at 0.375, 0.91 at 0.35),
     * while same-topic pages must stay apart (bench/clustering.ts, BCubed F1 with same-event
     * page groups labelled: 0.989 at 0.45, 0.967 at 0.375, 0.955 at 0.35; 0.2 merged same-topic
     * pages, 0.5 starts splitting events). 0.375 meets both targets.
     * Coupled to the weights in cluster/features.ts and MERGE_THRESHOLD in cluster/placement.ts.
     * This is the bar for a story of up to three reports; bigger stories' bars fall from it
     * (cluster/placement.ts, joinThresholdFor).
     */
    joinThreshold: 0.375,
  },
  /**
   * The time one report's extraction and analysis may take: secondsPerMb for each megabyte of the
   * report, and never less than minSeconds. Analysis is linear in the text, about 1–2 s per MB on
   * one core here; 4 s leaves room for a machine busy with other work. On Linux the clock counts
   * the worker thread's own CPU time (workers/time-budget.ts); elsewhere it is a wall clock, and on
   * a machine whose cores are shared by dozens of busy processes an ordinary report of a few KB
   * has been seen to take over 10 s: the floor of 30 s keeps such reports from being skipped while
   * still ending a runaway one. Over it, the report is skipped with E_TOO_SLOW
   * (workers/analysis-pool.ts) and the rest of the run goes on.
   */
  budget: {
    secondsPerMb: 4,
    minSeconds: 30,
  },
} as const;

export type TimeBudget = { secondsPerMb: number; minSeconds: number };

export type IngestOptions = { maxBytes: number; extensions: readonly string[] };
