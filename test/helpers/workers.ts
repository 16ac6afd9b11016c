import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withCopyNumber } from "./report-copies.js";

/**
 * Copies of the example reports (plain text ones), `copies` of each, each with a sentence of its own
 * in its body so that each is a distinct report (the same text is the same report to a store); a folder per example event, so the folder is the event label.
 * `events` limits which example events are used. Returns the number of reports written.
 */
export function writeExampleCopies(dir: string, copies: number, events?: string[]): number {
  let n = 0;
  for (const event of readdirSync("examples").filter((e) => statSync(join("examples", e)).isDirectory() && (!events || events.includes(e)))) {
    mkdirSync(join(dir, event), { recursive: true });
    for (const file of readdirSync(join("examples", event)).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join("examples", event, file), "utf8");
      for (let copy = 0; copy < copies; copy++) writeFileSync(join(dir, event, `${copy}-${file}`), withCopyNumber(text, n++));
    }
  }
  return n;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Ids of the reports it said it stored, as it says them. */
  stored: string[];
  /** Jobs it said it took. */
  started: number;
  /** Resolves with the exit code (null when killed) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Calls `listener` after each line about a job (taken or finished). */
  onJob(listener: () => void): void;
}

/** `corroborate worker --drain` in a child process, reading its NDJSON job lines. */
export function startWorker(db: string, concurrency = 2): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "worker", "--db", db, "--drain", "--concurrency", String(concurrency)], { stdio: ["ignore", "ignore", "pipe"] });
  const worker = { child, stored: [] as string[], started: 0 };
  const listeners: (() => void)[] = [];
  let stderr = "";
  let buffer = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const event = JSON.parse(line) as { status: string; id?: string };
      if (event.status === "stored") worker.stored.push(event.id!);
      if (event.status === "started") worker.started++;
      for (const listener of listeners) listener();
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return Object.assign(worker, { exited, onJob: (listener: () => void) => listeners.push(listener) });
}
