export type { Store, NewReport, StoredReportRef, StoryRecord, StorySummary } from "./store.js";
export { openSqliteStore } from "./sqlite/index.js";
export { openStore, isPostgresUrl, type OpenStoreOptions } from "./open-store.js";

/** Where `ingest`, `stories` and `show` keep their store unless told otherwise. */
export const DEFAULT_STORE_FILE = "corroborate.db";
