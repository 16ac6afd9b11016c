import { deserialize, serialize } from "node:v8";
import type { ReportForStore } from "./ingest-report.js";

/**
 * A report ready for storing (ReportForStore) as one buffer, packed by the worker that analysed it
 * and opened by whoever places it. A long report's serialised article is tens of megabytes of
 * string: sent as an object it was copied into a server's main thread and copied out again to the
 * thread that places it, a tenth of a second or more of the readers' thread per 5 MB report; as
 * bytes it is moved from thread to thread (workers/hand-over.ts) and never opened on the way.
 */
export interface PackedReport {
  bytes: Uint8Array;
}

/** Packed with node:v8's serialiser, the structured clone's own format: the same cost as the copy it replaces. */
export function packReport(report: ReportForStore): PackedReport {
  return { bytes: serialize(report) };
}

export function unpackReport(packed: PackedReport): ReportForStore {
  return deserialize(packed.bytes) as ReportForStore;
}
