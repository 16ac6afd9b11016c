import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { AnalyzedArticle, Article, RawDocument } from "../types.js";
import type { TimeBudget } from "../config.js";
import { CorroborateError } from "../errors.js";
import type { AnalysisTask, EncodedStory, PreparedStory, TaskValues } from "./analysis-tasks.js";
import type { TaskOutcome } from "./task-outcome.js";
import type { PlacedReport, ReadyReport } from "../store/ingest-report.js";
import type { PackedReport } from "../store/packed-report.js";
import type { Submission } from "../serve/intake/report-intake.js";
import { handOverBytes } from "./hand-over.js";
import { withLazyLanguage } from "../extract/lazy-language.js";
import type { ArticleText } from "../extract/index.js";
import { budgetMs, startBudgetClock, textBytes, tooSlow } from "./time-budget.js";
import type { TaskStart, WorkerMessage } from "./analysis-worker.js";
import type { WorkerSettings } from "./thread-priority.js";

/**
 * The worker's file beside this one: analysis-worker.js when run from dist/; from the TypeScript
 * sources (tests, benchmarks), a small loader that registers tsx in the thread first.
 */
const WORKER_FILE = new URL(import.meta.url.endsWith(".ts") ? "./analysis-worker-tsx.mjs" : "./analysis-worker.js", import.meta.url).href;

/**
 * Extraction, analysis and alignment in worker threads, each task under a time budget. A task over
 * its budget has its thread terminated (a runaway regular expression cannot be stopped any other
 * way) and fails with E_TOO_SLOW; a fresh thread takes its place. The main thread stays free to
 * answer readers, and the rest of a run goes on.
 *
 * piscina runs the threads (queue, start them at once and keep them, replace a terminated one,
 * unref idle ones so they never keep a process alive);
 * this class adds the budget. A task's clock starts when its worker says it has started, not when
 * it joins the queue behind a big report, nor while a new thread loads its modules (a second or
 * more on a busy machine), and on Linux it counts the worker's own CPU time (time-budget.ts), so a
 * pool may run at a lower priority than the thread that answers readers.
 */
/** A thread beyond the first kept this long without work: long enough to span gaps between reports. */
const IDLE_MS = 10_000;

export class AnalysisPool {
  private readonly piscina: Piscina;

  /**
   * `warm`: start every thread with the pool (a server: a new thread loads every module, a second
   * or more of CPU, which should not fall on the first post or the reader waiting for it). Else one
   * thread starts at once and the others when reports queue up (a command over a few reports).
   */
  constructor(
    readonly threads: number = defaultThreads(),
    warm = true,
    /** How much lower than the process its threads run (thread-priority.ts); 0 for the process's own. */
    niceness = 0,
  ) {
    const settings: WorkerSettings = { niceness };
    this.piscina = new Piscina({ filename: WORKER_FILE, minThreads: warm ? threads : 1, maxThreads: threads, idleTimeout: IDLE_MS, workerData: settings });
  }

  /**
   * The language is detected here, when asked: workers that only extract never load its model.
   * `handOver`: the caller is done with the document's bytes; they move to the worker instead of
   * being copied, and are empty here after.
   */
  async extract(document: RawDocument, budget: TimeBudget, handOver = false): Promise<Article> {
    return withLazyLanguage(await this.run({ kind: "extract", document }, document.source, document.bytes.length, budget, handOver ? handOverBytes(document.bytes) : []));
  }

  /** Only the text, for a caller that shows nothing else: the metadata the text does not need is not worked out. `handOver` as for extract. */
  extractText(document: RawDocument, budget: TimeBudget, handOver = false): Promise<ArticleText> {
    return this.run({ kind: "extract-text", document }, document.source, document.bytes.length, budget, handOver ? handOverBytes(document.bytes) : []);
  }

  async analyze(document: RawDocument, budget: TimeBudget): Promise<AnalyzedArticle> {
    const { article, ...analyzed } = await this.run({ kind: "analyze", document }, document.source, document.bytes.length, budget);
    return { ...analyzed, article: withLazyLanguage(article) };
  }

  /**
   * Extract and analyse a report to store it: what storing needs (store/ingest-report.ts
   * ReportForStore), packed by the worker and moved here (store/packed-report.ts). `handOver` as for extract.
   */
  prepare(document: RawDocument, budget: TimeBudget, handOver = false): Promise<PackedReport> {
    return this.run({ kind: "prepare", document }, document.source, document.bytes.length, budget, handOver ? handOverBytes(document.bytes) : []);
  }

  /** Re-analyse a stored story's articles and align them, for its summary and its view; the budget covers all its text. */
  story(storyId: string, articles: Article[], budget: TimeBudget): Promise<PreparedStory> {
    return this.run({ kind: "story", storyId, articles }, `story ${storyId}`, textBytes(articles), budget);
  }

  /**
   * As `story`, for a story this thread reads from the store's file (Store.workerFile), with the
   * revision it read; the budget covers the text it found. Null when there is no such story.
   */
  storedStory(file: string, storyId: string, budget: TimeBudget): Promise<(PreparedStory & { revision: string }) | null> {
    return this.run({ kind: "stored story", file, storyId }, `story ${storyId}`, 0, budget);
  }

  /**
   * Place an analysed report and commit it (pipeline.ts placeReport) over this thread's connection
   * to the store's file. No budget: placing is bounded by the report's features, not its text, and
   * a thread stopped inside a transaction would leave nothing worth keeping for its time. The
   * packed report moves to the thread, and is empty here after.
   */
  place(file: string, report: ReadyReport): Promise<PlacedReport> {
    return this.run({ kind: "place", file, report }, report.origin.source, 0, null, handOverBytes(report.report.bytes));
  }

  /** A request body read as JSON into the report it submits (json-task.ts); `bytes` moves to the worker, unusable here after. */
  readJsonSubmission(bytes: ArrayBuffer): Promise<Submission> {
    return this.run({ kind: "json", bytes }, "the request body", 0, null, [bytes]);
  }

  /** One rendering of a kept story (serve/story-renderings.ts). */
  render(name: string, storyId: string, view: EncodedStory, articles: Article[], budget: TimeBudget): Promise<string> {
    return this.run({ kind: "render", name, view, articles }, `story ${storyId}`, textBytes(articles) + view.aligned.length, budget);
  }

  /** Tasks waiting for a thread (a background job yields to them: serve/view-refresh.ts). */
  get waiting(): number {
    return this.piscina.queueSize;
  }

  /** Finish the tasks under way and queued (each bounded by its budget), then stop the threads. */
  async close(): Promise<void> {
    await this.piscina.close();
  }

  /** `bytes`: what the budget is for, or more if the worker says so when it starts; no budget with null. `moved`: buffers handed over, not copied. */
  private async run<K extends AnalysisTask["kind"]>(task: AnalysisTask & { kind: K }, source: string, bytes: number, budget: TimeBudget | null, moved: ArrayBuffer[] = []): Promise<TaskValues[K]> {
    let ms = 0;
    const overBudget = new AbortController();
    const { port1: startedHere, port2: started } = new MessageChannel();
    let stopClock = () => {};
    startedHere.once("message", (start: TaskStart) => {
      if (!budget) return;
      ms = budgetMs(Math.max(bytes, start.bytes ?? 0), budget);
      stopClock = startBudgetClock(ms, start.thread, () => overBudget.abort());
    });
    try {
      const message: WorkerMessage = { task, started };
      const outcome = (await this.piscina.run(message, { signal: overBudget.signal, transferList: [started, ...moved] })) as TaskOutcome<TaskValues[K]>;
      if ("failure" in outcome) throw new CorroborateError(outcome.failure.code, outcome.failure.stage, outcome.failure.message, outcome.failure.source);
      return outcome.value;
    } catch (error) {
      if (overBudget.signal.aborted) throw tooSlow(source, ms);
      throw error;
    } finally {
      stopClock();
      startedHere.close();
    }
  }
}

/** One thread per core, at most four: analysis is CPU-bound, and more threads only add memory. */
function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

let shared: AnalysisPool | undefined;

/** The process's pool for the CLI and the library, made on first use. */
export function sharedAnalysisPool(): AnalysisPool {
  shared ??= new AnalysisPool(defaultThreads(), false);
  return shared;
}
