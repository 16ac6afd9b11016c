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
    // Unpacked into one buffer of the size the file states (Node's default is 16 KB pieces joined at
    // the end): no copy, and the page is then a buffer of its own, which extract hands to its worker
    // without copying (workers/analysis-pool.ts). The stated size is only a hint, capped by the limit.
    const chunkSize = Math.min(Math.max(statedSize(bytes), MIN_CHUNK_BYTES), Math.max(maxBytes, MIN_CHUNK_BYTES));
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes, chunkSize }) };
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
    return {
      source: name,
      code: tooBig ? "E_TOO_LARGE" : "E_BINARY",
      message: tooBig ? `${name} unpacks to over the ${formatBytes(maxBytes)} limit` : `${name} is not a readable gzip file (${(error as Error).message})`,
    };
  }
}

/** zlib's chunks are at least 64 bytes; pieces this small are not worth fitting. */
const MIN_CHUNK_BYTES = 1024;

/** The unpacked size a gzip stream states in its last four bytes (of its last member, modulo 4 GB), 0 for too short a stream. */
function statedSize(bytes: Uint8Array): number {
  const n = bytes.length;
  if (n < 18) return 0;
  return (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0;
}

/** The bytes unpacked when they are gzipped (by their magic number), else as they are. Throws on a bad or oversized archive. */
export function unpackIfGzip(name: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const unpacked = gunzipLimited(name, bytes, maxBytes);
  if ("message" in unpacked) throw new CorroborateError(unpacked.code ?? "E_BINARY", "ingest", unpacked.message, name);
  return unpacked.bytes;
}
