import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { CorroborateError } from "../../errors.js";
import { prepareSchema } from "./schema.js";
import { SqliteStore } from "./sqlite-store.js";

export interface OpenOptions {
  /** Create the file when it does not exist (ingest); otherwise it must exist (stories, show). */
  create: boolean;
}

/** Open (or create) a store file. Every way this can fail ends in one CorroborateError for the user. */
export function openSqliteStore(file: string, options: OpenOptions): SqliteStore {
  const path = resolve(file);
  if (!existsSync(path)) {
    if (!options.create) throw storeError(file, `no store at ${file} (create one with: corroborate ingest INPUTS --db ${file})`);
    const dir = dirname(path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw storeError(file, `cannot create store ${file}: directory ${dirname(file)} does not exist`);
  } else if (statSync(path).isDirectory()) {
    throw storeError(file, `cannot use ${file} as a store: it is a directory`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: !options.create });
    prepareSchema(db, options.create);
    return new SqliteStore(db, file, path);
  } catch (error) {
    db?.close();
    throw storeError(file, `cannot use ${file} as a store: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") return "the file is damaged or is not a database";
  if (code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY") return "the file cannot be opened for writing";
  if (code === "SQLITE_BUSY") return "another process holds it locked";
  return error instanceof Error ? error.message : String(error);
}

function storeError(file: string, message: string): CorroborateError {
  return new CorroborateError("E_STORE", "store", message, file);
}
