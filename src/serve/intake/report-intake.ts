import type { RawDocument } from "../../types.js";
import type { Store } from "../../store/index.js";
import { CorroborateError, isCorroborateError } from "../../errors.js";
import { prepareReport, type IngestEvent, type IngestOutcome, type ReadyReport } from "../../pipeline.js";
import type { TimeBudget } from "../../config.js";
import type { AnalysisPool } from "../../workers/analysis-pool.js";
import { documentFromBytes, makeDocument } from "../../ingest/index.js";
import { documentId } from "../../ingest/document-id.js";
import { formatBytes } from "../../format-bytes.js";
import { fetchReport, type FetchOptions } from "../../ingest/fetch-url.js";
import type { SerialQueue } from "./serial-queue.js";
import { readersTurn } from "../../readers-turn.js";

/**
 * One report as a client handed it over: pasted text or HTML (`content` as a string, or as its
 * UTF-8 bytes when a worker read it from a big JSON body: workers/json-task.ts), a URL to fetch,
 * or a file.
 */
export type Submission =
  | { kind: "text" | "html"; content: string | Uint8Array; source?: string }
  | { kind: "url"; url: string }
  | { kind: "file"; name: string; bytes: Uint8Array; source?: string };

/** What became of one submission: as an ingest reports each report (its id and story, or why it failed). */
export type IntakeOutcome = Omit<IngestEvent, "done" | "total">;

export interface IntakeContext {
  store: Store;
  writes: SerialQueue;
  /** Where posted reports are extracted and analysed, each under the budget. */
  pool: AnalysisPool;
  budget: TimeBudget;
  /** Place an analysed report and commit it (store/ingest-report.ts placeReport), where it costs readers least. */
  place(report: ReadyReport): Promise<IngestOutcome>;
  maxReportBytes: number;
  fetch?: Partial<FetchOptions>;
  /** Called with the stories a stored report changed, before the post is answered. */
  afterStore(touched: string[]): Promise<void>;
}

/** What a report pasted without a name is called (the store numbers repeats: pasted-report-2 …). */
const PASTED_NAME = "pasted report";

/**
 * Store one submitted report and place it in its story. Fetching a URL, extraction and analysis
 * (in a worker thread) happen before the report joins the write queue, so a slow site or a big
 * report holds up no one else; only placing and committing are one at a time. Readers get their
 * turn between the steps that cost the main thread time in proportion to the report (readers-turn.ts).
 */
export async function submitReport(context: IntakeContext, submission: Submission): Promise<IntakeOutcome> {
  const source = submissionSource(submission);
  try {
    const document = await toDocument(submission, context);
    const key = submission.kind === "url" ? document.source : `upload:${source}`;
    await readersTurn();
    // The document was made for this submission alone: its bytes move to the worker, not copied.
    const prepared = await prepareReport(context.store, document, key, { pool: context.pool, budget: context.budget }, true);
    const { touched, ...outcome } = prepared.status === "ready" ? await context.writes.run(() => readersTurn().then(() => context.place(prepared))) : prepared;
    if (touched) await readersTurn().then(() => context.afterStore(touched));
    return { source, ...outcome };
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { source, status: "failed", message: error.message, code: error.code };
  }
}

function submissionSource(submission: Submission): string {
  if (submission.kind === "url") return submission.url;
  const given = submission.source?.trim();
  if (given) return given;
  return submission.kind === "file" ? submission.name : PASTED_NAME;
}

async function toDocument(submission: Submission, context: IntakeContext): Promise<RawDocument> {
  if (submission.kind === "url") return fetchReport(submission.url, { maxBytes: context.maxReportBytes, ...context.fetch });
  if (submission.kind === "file") {
    const document = documentFromBytes(submission.name, submission.bytes, context.maxReportBytes);
    if ("message" in document) throw new CorroborateError(document.code ?? "E_BINARY", "ingest", document.message, submission.name);
    const name = submissionSource(submission);
    return { ...document, id: documentId(name), source: name };
  }
  const bytes = typeof submission.content === "string" ? new TextEncoder().encode(submission.content) : submission.content;
  if (bytes.length > context.maxReportBytes) {
    throw new CorroborateError("E_TOO_LARGE", "ingest", `the report is over the ${formatBytes(context.maxReportBytes)} limit for one report`);
  }
  return makeDocument(submissionSource(submission), bytes, submission.kind === "html" ? "text/html" : "text/plain");
}
