import { createHash } from "node:crypto";

/**
 * The one story id scheme of `check` and `ingest`: a story is named after the report that opened
 * it, by that report's source key and content hash, so the same reports taken in the same order
 * give the same ids in a brief and in a store. A part split off a stored story is named after its
 * first report (store/ingest-report.ts).
 */
export function storyIdFor(seed: string): string {
  return "s-" + createHash("sha1").update(seed).digest("hex").slice(0, 10);
}

export function openingSeed(origin: { source: string; contentHash: string }): string {
  return `${origin.source}\n${origin.contentHash}`;
}
