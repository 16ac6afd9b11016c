/** The entry of each analysis worker thread (see analysis-pool.ts): piscina calls the default export per task. */
import type { MessagePort } from "node:worker_threads";
import { runAnalysisTask, type AnalysisTask } from "./analysis-tasks.js";
import { makeDocument } from "../ingest/document.js";

export interface WorkerMessage {
  task: AnalysisTask;
  /** Told when the task starts, so that its time budget counts from then (not from a thread's start-up). */
  started: MessagePort;
}

export default function runTask({ task, started }: WorkerMessage): ReturnType<typeof runAnalysisTask> {
  warmUp();
  started.postMessage("started");
  started.close();
  return runAnalysisTask(task);
}

let warm = false;

/**
 * A thread's first analysis sets up what later ones share (the tagger's model, lexicons, lazily
 * loaded code): seconds on a busy machine, and no report's cost, so it is done before the first
 * task's time budget starts.
 */
function warmUp(): void {
  if (warm) return;
  warm = true;
  const text = "The council said on Monday that 12 people were hurt when the old bridge closed.";
  runAnalysisTask({ kind: "analyze", document: makeDocument("warm-up.txt", new TextEncoder().encode(text), "text/plain") });
}
