import { CorroborateError } from "../errors.js";

/**
 * A JSON request body's bytes read as JSON; bytes that are not JSON are the client's error. Here,
 * not with the server's intake, because a big body is parsed in a worker thread (a `json` task)
 * and a worker loads no surface code.
 */
export function parseJsonBody(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new CorroborateError("E_BAD_ARGUMENT", "ingest", "the body is not valid JSON");
  }
}
