import type { AlignedStory, InputFailure, RawDocument } from "./types.js";
import { collectInputs } from "./ingest/index.js";
import { extractArticle } from "./extract/index.js";
import { analyzeArticle } from "./analyze/index.js";
import { clusterStories } from "./cluster/index.js";
import { alignStory } from "./align/index.js";
import { isCorroborateError } from "./errors.js";

/** Called after each report is read and analyzed, for progress displays. */
export type ProgressListener = (done: number, total: number) => void;

export interface CheckResult {
  stories: AlignedStory[];
  /** Inputs that could not be used, each with a message for the user. */
  failures: InputFailure[];
}

/**
 * The whole pipeline, stateless:
 *  1. ingest: paths, directories, globs, stdin → raw documents
 *  2. extract: decode and strip page chrome → articles
 *  3. analyze: sentences, entities, claims
 *  4. cluster: articles → stories (and reprint groups)
 *  5. align: claims → facts, conflicts, per-report agreement
 * Reporting (6) is left to the caller: see report/.
 */
export async function checkInputs(inputs: string[], onProgress?: ProgressListener): Promise<CheckResult> {
  // 1.
  const { documents, failures } = await collectInputs(inputs);
  const result = checkDocuments(documents, onProgress);
  return { stories: result.stories, failures: [...failures, ...result.failures] };
}

/** Steps 2–5 for documents already in memory (an API upload, a test, a benchmark). */
export function checkDocuments(documents: RawDocument[], onProgress?: ProgressListener): CheckResult {
  const failures: InputFailure[] = [];
  const analyzed = [];
  for (const [done, document] of documents.entries()) {
    onProgress?.(done, documents.length);
    try {
      // 2. and 3.
      analyzed.push(analyzeArticle(extractArticle(document)));
    } catch (error) {
      if (!isCorroborateError(error)) throw error;
      failures.push({ source: document.source, message: error.message });
    }
  }
  // 4. and 5.
  const stories = clusterStories(analyzed).map(alignStory);
  stories.sort((a, b) => b.story.articles.length - a.story.articles.length);
  return { stories, failures };
}
