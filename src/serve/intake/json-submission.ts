import { CorroborateError } from "../../errors.js";
import type { Submission } from "./report-intake.js";

/** Longer than any real file name or outlet label; stops a name from being a second payload. */
const MAX_SOURCE_LENGTH = 300;
const KINDS = ["text", "html", "url"] as const;

/** `{ "text" | "html" | "url": string, "source"?: string }`, checked field by field with a message naming the problem. */
export function jsonSubmission(body: unknown): Submission {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw badRequest('send a JSON object: { "text" | "html" | "url": "…", "source": "optional name" }');
  const fields = body as Record<string, unknown>;
  const given = KINDS.filter((kind) => fields[kind] !== undefined);
  if (given.length !== 1) throw badRequest(`give exactly one of "text", "html" or "url" (got ${given.length === 0 ? "none" : given.join(", ")})`);
  const kind = given[0]!;
  const content = fields[kind];
  if (typeof content !== "string" || !content.trim()) throw badRequest(`"${kind}" must be a non-empty string`);
  const source = fields.source;
  if (source !== undefined && (typeof source !== "string" || source.length > MAX_SOURCE_LENGTH)) throw badRequest(`"source" must be a string of at most ${MAX_SOURCE_LENGTH} characters`);
  if (kind === "url") return { kind, url: content.trim() };
  return { kind, content, source };
}

function badRequest(message: string): CorroborateError {
  return new CorroborateError("E_BAD_ARGUMENT", "ingest", message);
}
