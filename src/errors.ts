/** Errors a user can cause carry a code and the stage that met them; surfaces map codes to exits and statuses. */
export type ErrorCode =
  | "E_NOT_FOUND"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_ENCODING"
  | "E_TOO_LARGE"
  | "E_NO_TEXT"
  | "E_BAD_ARGUMENT"
  | "E_NO_INPUT"
  | "E_BAD_URL"
  | "E_URL_BLOCKED"
  | "E_FETCH"
  | "E_UNSUPPORTED_TYPE"
  | "E_MEDIA_TYPE"
  | "E_STORE"
  | "E_TOO_SLOW";

export type Stage = "ingest" | "extract" | "analyze" | "cluster" | "align" | "report" | "store" | "cli";

export class CorroborateError extends Error {
  readonly code: ErrorCode;
  readonly stage: Stage;
  /** The input the error is about (path or URL), when there is one. */
  readonly source?: string;

  constructor(code: ErrorCode, stage: Stage, message: string, source?: string) {
    super(message);
    this.name = "CorroborateError";
    this.code = code;
    this.stage = stage;
    this.source = source;
  }
}

export function isCorroborateError(error: unknown): error is CorroborateError {
  return error instanceof CorroborateError;
}
