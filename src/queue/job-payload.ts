import type { RawDocument } from "../types.js";

/** A report on the queue: the document as read or fetched by `ingest --enqueue`, bytes included. */
export interface ReportJob {
  /** Where it came from, as the store recognises it (store/ingest-report.ts sourceKey). */
  key: string;
  id: string;
  source: string;
  contentType: string;
  declaredCharset?: string;
  fetchedAt: string;
  /** The raw bytes, base64: a worker on another machine cannot read the enqueuer's files. */
  bytes: string;
}

export function toJob(document: RawDocument, key: string): ReportJob {
  const { bytes, ...rest } = document;
  return { key, ...rest, bytes: Buffer.from(bytes).toString("base64") };
}

export function fromJob(job: ReportJob): { document: RawDocument; key: string } {
  const { key, bytes, ...rest } = job;
  return { key, document: { ...rest, bytes: new Uint8Array(Buffer.from(bytes, "base64")) } };
}
