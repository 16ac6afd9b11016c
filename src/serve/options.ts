/** What `serve` is told, apart from the server code so the CLI can parse it without loading that. */
import type { FetchOptions } from "../ingest/fetch-url.js";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";

export interface ServeOptions {
  /** The address the server listens on; loopback by default (see security.ts). */
  host: string;
  port: number;
  /** The largest request body accepted: one upload form, all its files together. */
  maxUploadBytes: number;
  /** The time one posted report may take to extract and analyse (config.ts). */
  budget: TimeBudget;
  /** URL fetching; tests loosen the address policy to reach their own local sites. */
  fetch?: Partial<FetchOptions>;
}

/**
 * 10 MB a request: a saved news page is rarely over 2 MB, and a form of clippings stays well
 * under this, while one request cannot fill the server's memory.
 */
export const DEFAULT_SERVE_OPTIONS: ServeOptions = { host: "127.0.0.1", port: 8080, maxUploadBytes: 10 * 1024 * 1024, budget: DEFAULT_OPTIONS.budget };
