import type { InputFailure, RawDocument } from "../types.js";

/** How far through a large input (an archive, a JSONL file) reading has got, in bytes. */
export interface ByteProgress {
  read: number;
  total: number;
}

/**
 * What reading inputs yields, one at a time: a report, an input that could not be used (named,
 * for the user), or something passed over on purpose (a revisit record, an image in a crawl),
 * counted by reason. First of all comes how many files and URLs the inputs name (`planned`), for
 * progress: each may hold one report or many.
 */
export type InputItem =
  | { planned: number }
  | { document: RawDocument; bytes?: ByteProgress }
  | { failure: InputFailure }
  | { skipped: { source: string; reason: string } };
