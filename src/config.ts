/** Tunables in one place. Stages take options; nothing reads the environment. */
export const DEFAULT_OPTIONS = {
  ingest: {
    /** Larger files are refused: a news page is rarely over 5 MB, and a 10 MB page still fits. */
    maxBytes: 20 * 1024 * 1024,
    /** File endings read when a directory is given. Other files in a directory are skipped silently. */
    extensions: [".txt", ".text", ".html", ".htm", ".xhtml"],
  },
  cluster: {
    /**
     * Cosine similarity (over entity and distinctive-term weights) a report needs to join a story.
     * Calibrated on the seeds and examples/: same-event pairs score 0.25–0.6, same-topic
     * different-event pairs under 0.15. Coupled to the weights in cluster/features.ts.
     */
    joinThreshold: 0.2,
  },
} as const;

export type IngestOptions = { maxBytes: number; extensions: readonly string[] };
