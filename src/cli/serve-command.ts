import { startServer, type ServeOptions } from "../serve/index.js";
import { EXIT, type CliIO } from "./io.js";
import { withStore } from "./store-access.js";

/** Resolves when the user asks the server to stop (Ctrl-C, or SIGTERM from a service manager). */
export function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/**
 * `corroborate serve`: the web UI and JSON API over a store, until stopped. The store is created
 * when missing, so a newsroom can start empty and add reports in the browser.
 */
export async function runServe(db: string, options: ServeOptions, io: CliIO, until: Promise<void> = stopSignal()): Promise<number> {
  return withStore(db, true, io, async (store) => {
    const server = await startServer(store, options, (line) => io.stderr(`${line}\n`));
    const counts = await store.counts();
    io.stderr(`Corroborate is serving ${store.location} (${counts.reports} reports in ${counts.stories} stories)\n`);
    io.stderr(`  web UI:  ${server.url}/\n  API:     ${server.url}/api/openapi.json\n  stop with Ctrl-C\n`);
    await until;
    io.stderr("Stopping: finishing open requests…\n");
    await server.close();
    return EXIT.OK;
  });
}
