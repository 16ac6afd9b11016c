import { isCorroborateError } from "../errors.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { EXIT, type CliIO } from "./io.js";

/**
 * Open the store, run a command with it, and close it. A problem the user can fix (no such store,
 * a damaged file, an unknown story) becomes one line on stderr and exit code 2.
 */
export async function withStore(file: string, create: boolean, io: CliIO, run: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | undefined;
  try {
    store = openSqliteStore(file, { create });
    return await run(store);
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    io.stderr(`corroborate: ${error.message}\n`);
    return EXIT.FAILED;
  } finally {
    await store?.close();
  }
}
