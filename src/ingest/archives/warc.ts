import { WARCParser, type WARCRecord } from "warcio";
import type { InputFailure, RawDocument } from "../../types.js";
import { formatBytes } from "../../format-bytes.js";
import { makeDocument } from "../document.js";
import type { ByteStream } from "../byte-stream.js";
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
  let records = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      records++;
      const item = await recordItem(record, maxBytes);
      if (item) yield item;
    }
  } catch (error) {
    yield { failure: { source: name, code: "E_BINARY", message: `${name}: the archive is damaged or cut short after ${records} record${records === 1 ? "" : "s"} (${(error as Error).message})` } };
  }
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
  const body = await readBody(record, maxBytes);
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

/** The decoded page, or null past the limit (the parser skips the rest of the record). */
async function readBody(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
