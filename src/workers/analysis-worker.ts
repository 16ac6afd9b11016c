/** The entry of each analysis worker thread (see analysis-pool.ts): piscina calls the default export per task. */
import { workerData, type MessagePort } from "node:worker_threads";
import type { AnalysisOnlyTask, AnalysisTask, PreparedStory } from "./analysis-tasks.js";
import { outcomeOf, settledOutcome, type TaskOutcome } from "./task-outcome.js";
import { makeDocument } from "../ingest/document.js";
import type { ExtractTask } from "./extract-task.js";
import { textBytes } from "./time-budget.js";
import { movingBytes, type MovedOutcome } from "./hand-over.js";
import type { PackedReport } from "../store/packed-report.js";
import { currentThreadId } from "./thread-clock.js";
import { lowerThreadPriority, type WorkerSettings } from "./thread-priority.js";

export interface WorkerMessage {
  task: AnalysisTask;
  /** Told when the task starts, so that its time budget counts from then (not from a thread's start-up). */
  started: MessagePort;
}

/**
 * What a worker tells when its task starts: the bytes the budget is for when only the worker knows
 * them (a story it read from the store), else null; and the thread to time (thread-clock.ts), null
 * where threads cannot be timed.
 */
export interface TaskStart {
  bytes: number | null;
  thread: number | null;
}

/** This thread, as the budget's clock reads it; known once, as the thread is started. */
const THREAD = currentThreadId();
lowerThreadPriority((workerData as WorkerSettings | undefined)?.niceness ?? 0, THREAD !== null);

type Runner = (task: AnalysisTask) => TaskOutcome<unknown>;
/** What a task sends back: its outcome, some with their bytes moved (hand-over.ts). */
type Answer = TaskOutcome<unknown> | MovedOutcome<unknown>;
type RunnerKind = "extract" | "analysis" | "render";

export default async function runTask({ task, started }: WorkerMessage): Promise<Answer> {
  if (task.kind === "place") {
    const { runPlaceTask } = await import("./store-task.js");
    begin(started, null);
    return runPlaceTask(task);
  }
  if (task.kind === "stored story") return runStoredStory(task, started);
  if (task.kind === "json") {
    const { readJsonSubmission, submissionBytes } = await import("./json-task.js");
    begin(started, null);
    return movingBytes(outcomeOf(() => readJsonSubmission(task.bytes)), submissionBytes);
  }
  const run = await runnerFor(task.kind === "extract" || task.kind === "extract-text" ? "extract" : task.kind === "render" ? "render" : "analysis");
  begin(started, null);
  const outcome = run(task);
  return task.kind === "prepare" ? movingBytes(outcome as TaskOutcome<PackedReport>, (packed) => [packed.bytes]) : outcome;
}

function begin(started: MessagePort, bytes: number | null): void {
  started.postMessage({ bytes, thread: THREAD } satisfies TaskStart);
  started.close();
}

/** A story task over the articles this thread reads from the store; its budget starts once they are read. */
async function runStoredStory(task: Extract<AnalysisTask, { kind: "stored story" }>, started: MessagePort): Promise<TaskOutcome<unknown>> {
  const run = await runnerFor("analysis");
  const { storedStory } = await import("./store-task.js");
  // A store that cannot be opened (another process holding it too long) fails the task as a user error would.
  const read = await settledOutcome(() => storedStory(task.file, task.storyId));
  const story = "value" in read ? read.value : null;
  begin(started, story ? textBytes(story.articles) : 0);
  if ("failure" in read) return read;
  if (!story) return { value: null };
  const outcome = run({ kind: "story", storyId: task.storyId, articles: story.articles }) as TaskOutcome<PreparedStory>;
  return "value" in outcome ? { value: { ...outcome.value, revision: story.revision } } : outcome;
}

const runners = new Map<RunnerKind, Runner>();
const WARM_UP_TEXT = "The council said on Monday that 12 people were hurt when the old bridge closed.";

/**
 * The code a task needs, imported on its first task (a thread that only extracts or only renders
 * pages never loads the analysis stages), and for analysis run once on a small report: the first
 * run sets up what later ones share (the tagger's model, lexicons, lazily loaded code), seconds on
 * a busy machine and no report's cost, so it is done before the first task's time budget starts.
 */
async function runnerFor(kind: RunnerKind): Promise<Runner> {
  let run = runners.get(kind);
  if (run) return run;
  const document = makeDocument("warm-up.txt", new TextEncoder().encode(WARM_UP_TEXT), "text/plain");
  if (kind === "extract") {
    const { runExtractTask } = await import("./extract-task.js");
    run = (task) => runExtractTask(task as ExtractTask);
    run({ kind: "extract", document });
  } else if (kind === "render") {
    const { runRenderTask } = await import("./render-task.js");
    run = (task) => runRenderTask(task as Extract<AnalysisTask, { kind: "render" }>);
  } else {
    const { runAnalysisTask } = await import("./analysis-tasks.js");
    run = (task) => runAnalysisTask(task as AnalysisOnlyTask);
    run({ kind: "analyze", document });
  }
  runners.set(kind, run);
  return run;
}
