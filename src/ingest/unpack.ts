import { gunzipSync } from "node:zlib";
import type { InputFailure } from "../types.js";
import { CorroborateError } from "../errors.js";
import { formatBytes } from "../format-bytes.js";

/**
 * Unpack gzipped bytes. The unpacked size is capped at the same limit as a plain file, so a small
 * archive cannot unpack into gigabytes.
 */
export function gunzipLimited(name: string, bytes: Uint8Array, maxBytes: number): { bytes: Uint8Array } | InputFailure {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
    return {
      source: name,
      code: tooBig ? "E_TOO_LARGE" : "E_BINARY",
      message: tooBig ? `${name} unpacks to over the ${formatBytes(maxBytes)} limit` : `${name} is not a readable gzip file (${(error as Error).message})`,
    };
  }
}

/** The bytes unpacked when they are gzipped (by their magic number), else as they are. Throws on a bad or oversized archive. */
export function unpackIfGzip(name: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const unpacked = gunzipLimited(name, bytes, maxBytes);
  if ("message" in unpacked) throw new CorroborateError(unpacked.code ?? "E_BINARY", "ingest", unpacked.message, name);
  return unpacked.bytes;
}
