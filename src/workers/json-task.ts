import { CorroborateError } from "../errors.js";
import { jsonSubmission } from "../serve/intake/json-submission.js";
import type { Submission } from "../serve/intake/report-intake.js";

/**
 * A JSON request body's bytes read as JSON; bytes that are not JSON are the client's error. Here,
 * not with the server's intake, because a big body is read in a worker thread (a `json` task),
 * which loads no other surface code than the body's checks (serve/intake/json-submission.ts).
 */
export function parseJsonBody(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new CorroborateError("E_BAD_ARGUMENT", "ingest", "the body is not valid JSON");
  }
}

/**
 * A big JSON body read into the report it submits, in a worker thread, with the report's text
 * already as the UTF-8 bytes it is stored from: moved back (workers/hand-over.ts), a text of
 * megabytes then costs the thread that answers readers neither a copy nor an encoding.
 */
export function readJsonSubmission(bytes: ArrayBuffer): Submission {
  const submission = jsonSubmission(parseJsonBody(bytes));
  if (!("content" in submission) || typeof submission.content !== "string") return submission;
  return { ...submission, content: new TextEncoder().encode(submission.content) };
}

/** The bytes a submission read by readJsonSubmission carries, to move back to the thread that asked (workers/hand-over.ts). */
export function submissionBytes(submission: Submission): Uint8Array[] {
  return "content" in submission && typeof submission.content !== "string" ? [submission.content] : [];
}
