/** The entry of each analysis worker thread (see analysis-pool.ts): piscina calls the default export per task. */
import type { MessagePort } from "node:worker_threads";
import { runAnalysisTask, type AnalysisTask } from "./analysis-tasks.js";

export interface WorkerMessage {
  task: AnalysisTask;
  /** Told when the task starts, so that its time budget counts from then (not from a thread's start-up). */
  started: MessagePort;
}

export default function runTask({ task, started }: WorkerMessage): ReturnType<typeof runAnalysisTask> {
  started.postMessage("started");
  started.close();
  return runAnalysisTask(task);
}
