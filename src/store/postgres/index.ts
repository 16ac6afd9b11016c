export { openPostgresStore, displayUrl, type PostgresOpenOptions } from "./open.js";
export { PostgresStore, type FailedReport } from "./postgres-store.js";
