import { isCorroborateError } from "../errors.js";
import { DEFAULT_STORE_FILE, openStore, type OpenStoreOptions, type Store } from "../store/index.js";
import { EXIT, type CliIO } from "./io.js";

/**
 * Open the store, run a command with it, and close it. A problem the user can fix (no such store,
 * a damaged file, an unknown story) becomes one line on stderr and exit code 2.
 */
export async function withStore(location: string, create: boolean | OpenStoreOptions, io: CliIO, run: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | undefined;
  try {
    store = await openStore(location, typeof create === "boolean" ? { create } : create);
    return await run(store);
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    io.stderr(`corroborate: ${error.message}\n`);
    return EXIT.FAILED;
  } finally {
    await store?.close();
  }
}

/** The store a command uses: `--db` when given, else CORROBORATE_DB, else ./corroborate.db. */
export function storeLocation(given: string | undefined, io: CliIO): string {
  return given ?? io.env.CORROBORATE_DB ?? DEFAULT_STORE_FILE;
}
