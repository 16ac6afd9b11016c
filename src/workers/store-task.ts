import type { Article } from "../types.js";
import { openSqliteStore, type Store } from "../store/index.js";
import type { PlacedReport, ReadyReport } from "../store/ingest-report.js";
import { placeReport } from "../store/ingest-report.js";
import { settledOutcome, type TaskOutcome } from "./task-outcome.js";

/**
 * Work on the store from a worker thread, over the thread's own connection to the store's file
 * (Store.workerFile), opened on its first task and kept. Placing a big report writes megabytes
 * into the database and reading a big story back parses them again: tenths of a second each, which
 * on the main thread every reader of a server would wait behind. SQLite in WAL mode lets this
 * connection write while the main thread's reads.
 */
const stores = new Map<string, Store>();

function storeAt(file: string): Store {
  let store = stores.get(file);
  if (!store) stores.set(file, (store = openSqliteStore(file, { create: false })));
  return store;
}

/** Place an analysed report among the stored stories and commit it (store/ingest-report.ts placeReport). */
export function runPlaceTask(task: { kind: "place"; file: string; report: ReadyReport }): Promise<TaskOutcome<PlacedReport>> {
  return settledOutcome(() => placeReport(storeAt(task.file), task.report));
}

/**
 * A stored story's articles and the revision they were read at, or null when there is no such
 * story. The revision is read first: a report joining in between makes the articles newer than
 * it, and a view kept for that revision is then refused (Store.saveStoryView), never wrong.
 */
export async function storedStory(file: string, storyId: string): Promise<{ revision: string; articles: Article[] } | null> {
  const store = storeAt(file);
  const revision = await store.storyRevision(storyId);
  const articles = revision === null ? null : await store.storyArticles(storyId);
  return revision === null || !articles ? null : { revision, articles };
}
