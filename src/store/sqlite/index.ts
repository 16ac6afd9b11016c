export { openSqliteStore, type OpenOptions } from "./open.js";
export { SqliteStore } from "./sqlite-store.js";
