import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Store } from "../store/index.js";
import { CorroborateError } from "../errors.js";
import { createApp } from "./app.js";
import { makeServeContext, type ServeOptions } from "./context.js";

export interface RunningServer {
  /** Where it answers, e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

/**
 * Seconds a client may take to send its request headers, and its whole request: long enough for a
 * 10 MB upload on a slow line, short enough that idle connections do not pile up.
 */
const HEADERS_TIMEOUT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 120_000;

/** Start serving the store. Resolves once the port is open; a port in use is a plain message. */
export async function startServer(store: Store, options: ServeOptions, log?: (line: string) => void): Promise<RunningServer> {
  const context = makeServeContext(store, options);
  const app = createApp(context, log);
  const server = createAdaptorServer({ fetch: app.fetch, serverOptions: { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS } });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, () => resolve());
  }).catch(async (error: unknown) => {
    await context.close();
    throw error;
  });
  context.refreshViews(log ?? (() => {}));
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await context.close();
    },
  };
}

function listenError(error: NodeJS.ErrnoException, options: ServeOptions): Error {
  if (error.code === "EADDRINUSE") return new CorroborateError("E_BAD_ARGUMENT", "cli", `port ${options.port} on ${options.host} is in use (choose another with --port)`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new CorroborateError("E_BAD_ARGUMENT", "cli", `cannot listen on ${options.host}: no such local address`);
  if (error.code === "EACCES") return new CorroborateError("E_BAD_ARGUMENT", "cli", `not allowed to listen on port ${options.port} (ports below 1024 need privileges)`);
  return error;
}
