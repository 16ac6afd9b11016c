export type { Store, NewReport, StoredReportRef, StoryRecord, StorySummary, StoryView, SummaryArticle, StoryQuery, StoryCursor, StoryPage, OutletCount } from "./store.js";
export { openSqliteStore } from "./sqlite/index.js";
export { openStore, isPostgresUrl, type OpenStoreOptions } from "./open-store.js";

export { DEFAULT_STORE_FILE } from "./default-file.js";
