import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore, type Store } from "../../src/store/index.js";
import { startServer, DEFAULT_SERVE_OPTIONS, type ServeOptions } from "../../src/serve/index.js";

export interface TestServer {
  url: string;
  store: Store;
  dbFile: string;
  close(): Promise<void>;
}

/** A server on a free loopback port over a new store in a temporary folder. */
export async function startTestServer(options: Partial<ServeOptions> = {}): Promise<TestServer> {
  const dbFile = join(mkdtempSync(join(tmpdir(), "corroborate-serve-")), "test.db");
  const store = openSqliteStore(dbFile, { create: true });
  const server = await startServer(store, { ...DEFAULT_SERVE_OPTIONS, port: 0, ...options });
  return {
    url: server.url,
    store,
    dbFile,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

/** POST a JSON body and read the JSON answer. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}
