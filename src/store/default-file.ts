/** Where `ingest`, `stories` and `show` keep their store unless told otherwise. */
export const DEFAULT_STORE_FILE = "corroborate.db";
