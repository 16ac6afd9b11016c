import { createHash } from "node:crypto";
import type { RawDocument } from "../types.js";

/** SHA-256 of a report's raw bytes. */
export function contentHash(document: RawDocument): string {
  return createHash("sha256").update(document.bytes).digest("hex");
}

/**
 * SHA-256 of an article's text with what does not change the report folded away (Unicode
 * compatibility forms, invisible format characters, runs of white space, case): the same report
 * saved under another name, pasted without a source, or as HTML and as text has the same one.
 */
export function textHash(text: string): string {
  const normalised = text.normalize("NFKC").replace(/\p{Cf}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalised).digest("hex");
}
