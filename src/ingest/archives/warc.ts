import { WARCParser, type WARCRecord } from "warcio";
import { formatBytes } from "../../format-bytes.js";
import { makeDocument } from "../document.js";
import { counted, readUpTo, type ByteStream } from "../byte-stream.js";
import type { InputItem } from "../input-item.js";
import { isoDate } from "../metadata.js";


/** Pages are HTML (or XHTML); images, scripts and styles in a crawl are not reports. */
const PAGE_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)/i;

/**
 * One report per HTML page in a WARC or WARC.gz file, read record by record with warcio: the file
 * is streamed, so its size does not matter, only the largest page's. A response record's body is
 * de-chunked and un-gzipped as its HTTP headers say; revisit records (a page unchanged since an
 * earlier capture) and records that are not pages are skipped with a reason. A damaged or
 * truncated archive ends with one failure naming where it stopped; the pages before it are kept.
 */
export async function* warcReports(name: string, stream: ByteStream, maxBytes: number): AsyncGenerator<InputItem> {
  let fed = 0;
  const parser = new WARCParser(counted(stream, (read) => (fed = read)));
  let records = 0;
  const damaged = (why: string): InputItem => ({
    failure: { source: name, code: "E_BINARY", message: `${name}: the archive is damaged or cut short after ${records} complete record${records === 1 ? "" : "s"} (${why})` },
  });
  try {
    for (let record = await parser.parse(); record; record = await parser.parse()) {
      // Content-Length is mandatory in a WARC header: without it the header itself was cut.
      if (!record.warcHeaders.headers.get("content-length")) return yield damaged("a record header is cut short");
      const item = await recordItem(record, maxBytes);
      // Every record is read to its end here, so that a record cut short is seen (warcio would
      // wait forever skipping the bytes it lacks) and its part is not taken for a whole page.
      await drain(record);
      if (unread(record) > 0) return yield damaged(`a record lacks ${unread(record)} bytes`);
      records++;
      if (item) yield item;
    }
  } catch (error) {
    return yield damaged((error as Error).message);
  }
  // Bytes after the last whole record that made no record: a gzip member cut short, or junk.
  if (parser.offset < fed) yield damaged(`${fed - parser.offset} bytes at the end are not a record`);
}

/**
 * The record's raw reader (warcio's LimitReader, pinned version): `record.reader` refuses once the
 * body has been decoded, but what is left of the raw bytes must still be read and counted.
 */
function rawReader(record: WARCRecord): AsyncIterable<Uint8Array> & { limit: number } {
  return (record as unknown as { _reader: AsyncIterable<Uint8Array> & { limit: number } })._reader;
}

/** Read what is left of a record's raw bytes, ending where the input ends. */
async function drain(record: WARCRecord): Promise<void> {
  for await (const chunk of rawReader(record)) void chunk;
}

/** Bytes the record's header promised that the input did not hold. */
function unread(record: WARCRecord): number {
  return rawReader(record).limit;
}

async function recordItem(record: WARCRecord, maxBytes: number): Promise<InputItem | null> {
  const url = record.warcTargetURI ?? "";
  const type = record.warcType;
  if (type === "revisit") return { skipped: { source: url, reason: "revisit record" } };
  if (type !== "response" && type !== "resource") return null;
  const contentType = (type === "response" ? record.httpHeaders?.headers.get("content-type") : record.warcHeaders.headers.get("content-type")) ?? "";
  const status = Number(record.httpHeaders?.statusCode ?? 200);
  if (type === "response" && (status < 200 || status >= 300)) return { skipped: { source: url, reason: `HTTP status ${status}` } };
  if (!PAGE_TYPE.test(contentType)) return { skipped: { source: url, reason: "not an HTML page" } };
  // The decoded page, or null past the limit (the rest of the record is drained after).
  const body = await readUpTo(record, maxBytes);
  if (!body) return { failure: { source: url, code: "E_TOO_LARGE", message: `${url}: the archived page is over the ${formatBytes(maxBytes)} limit for one report` } };
  const captured = isoDate(record.warcDate ?? undefined);
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const document = makeDocument(url, body, "text/html");
  return {
    document: {
      ...document,
      ...(charset ? { declaredCharset: charset } : {}),
      fetchedAt: record.warcDate ?? document.fetchedAt,
      metadata: { url, ...(captured ? { captured } : {}) },
    },
  };
}
