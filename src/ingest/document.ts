import type { RawDocument } from "../types.js";
import { guessContentType } from "./content-type.js";
import { documentId } from "./document-id.js";

/** Wrap bytes from any origin (file, stdin, an API upload) as a raw document. */
export function makeDocument(source: string, bytes: Uint8Array, contentType?: string): RawDocument {
  return {
    id: documentId(source),
    source,
    bytes,
    contentType: contentType ?? guessContentType(source, bytes),
    fetchedAt: new Date().toISOString(),
  };
}
