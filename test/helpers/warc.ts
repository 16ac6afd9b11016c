import { gzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";

/** A page to archive, and how its HTTP body is sent: plain, gzip-encoded, chunked, or both. */
export interface ArchivedPage {
  url: string;
  date: string;
  html: string;
  encoding?: "gzip";
  chunked?: boolean;
  contentType?: string;
  status?: number;
}

/** One WARC response record for the page, serialized by warcio (gzipped per record for a .warc.gz). */
export async function responseRecord(page: ArchivedPage, gzip: boolean): Promise<Uint8Array> {
  let body: Uint8Array = Buffer.from(page.html, "utf8");
  const httpHeaders: Record<string, string> = { "Content-Type": page.contentType ?? "text/html; charset=utf-8" };
  if (page.encoding === "gzip") {
    body = gzipSync(body);
    httpHeaders["Content-Encoding"] = "gzip";
  }
  if (page.chunked) {
    body = chunk(body);
    httpHeaders["Transfer-Encoding"] = "chunked";
  }
  const record = WARCRecord.create({ url: page.url, date: page.date, type: "response", warcVersion: "WARC/1.1", httpHeaders, statusline: `HTTP/1.1 ${page.status ?? 200} OK` }, [body]);
  return WARCSerializer.serialize(record, { gzip });
}

/** A revisit record: the page was unchanged at a later capture; it holds no body. */
export async function revisitRecord(url: string, date: string, gzip: boolean): Promise<Uint8Array> {
  const record = WARCRecord.create({ url, date, type: "revisit", warcVersion: "WARC/1.1", refersToUrl: url, refersToDate: "2031-04-01T00:00:00Z", httpHeaders: { "Content-Type": "text/html" } }, []);
  return WARCSerializer.serialize(record, { gzip });
}

export async function warcinfoRecord(gzip: boolean): Promise<Uint8Array> {
  return WARCSerializer.serialize(await WARCRecord.createWARCInfo({ filename: "test.warc", warcVersion: "WARC/1.1" }, { software: "corroborate tests" }), { gzip });
}

/** HTTP/1.1 chunked transfer coding, in uneven pieces. */
function chunk(body: Uint8Array): Uint8Array {
  const parts: Buffer[] = [];
  for (let at = 0, size = 7; at < body.length; at += size, size = size * 3 + 1) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), Buffer.from(piece), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}
