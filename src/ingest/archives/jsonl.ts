import type { InputFailure, RawDocument, ReportMetadata } from "../../types.js";
import { makeDocument } from "../document.js";
import { lines, type ByteStream } from "../byte-stream.js";
import type { InputItem } from "../input-item.js";
import { authorNames, cleanString, compactMetadata, httpUrl, isoDate } from "../metadata.js";
import { formatBytes } from "../../format-bytes.js";

/** Field names scrapers use, in the order they are trusted. */
const FIELDS = {
  url: ["url", "link", "canonical_url", "uri"],
  title: ["title", "headline"],
  text: ["text", "content", "body", "article", "maintext"],
  html: ["html", "raw_html", "content_html"],
  date: ["date", "published", "publish_date", "published_at", "date_publish", "datePublished", "pubDate"],
  outlet: ["source", "outlet", "source_name", "site_name", "publisher"],
  authors: ["authors", "author", "byline"],
} as const;


/**
 * One report per line of a JSON Lines / NDJSON file. A line that is not a JSON object, or has no
 * text or HTML, is named with its file and line number and skipped; the other lines go on.
 */
export async function* jsonlReports(name: string, stream: ByteStream, maxBytes: number): AsyncGenerator<InputItem> {
  for await (const line of lines(stream, maxBytes)) {
    const where = `${name}:${line.number}`;
    if (line.bytes === null) {
      yield { failure: { source: where, code: "E_TOO_LARGE", message: `${where}: the line is over the ${formatBytes(maxBytes)} limit for one report` } };
      continue;
    }
    const text = line.bytes.toString("utf8").trim();
    if (!text) continue;
    const item = reportFromLine(where, text);
    yield "message" in item ? { failure: item } : { document: item };
  }
}

function reportFromLine(where: string, text: string): RawDocument | InputFailure {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { source: where, code: "E_BAD_ARGUMENT", message: `${where}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { source: where, code: "E_BAD_ARGUMENT", message: `${where}: not a JSON object` };
  }
  const fields = record as Record<string, unknown>;
  const html = first(fields, FIELDS.html);
  const body = html ?? first(fields, FIELDS.text);
  if (!body) {
    return { source: where, code: "E_NO_TEXT", message: `${where}: no text or html field (looked for ${[...FIELDS.text, ...FIELDS.html].join(", ")})` };
  }
  const url = httpUrl(first(fields, FIELDS.url));
  const metadata: ReportMetadata = {
    url,
    title: cleanString(first(fields, FIELDS.title)),
    published: isoDate(firstValue(fields, FIELDS.date)),
    authors: authorNames(firstValue(fields, FIELDS.authors)),
    outlet: cleanString(outletName(firstValue(fields, FIELDS.outlet))),
  };
  const document = makeDocument(url ?? where, Buffer.from(body, "utf8"), html ? "text/html" : "text/plain");
  return { ...document, metadata: compactMetadata(metadata) };
}

function firstValue(fields: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (fields[name] !== undefined && fields[name] !== null && fields[name] !== "") return fields[name];
  return undefined;
}

function first(fields: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) if (typeof fields[name] === "string" && (fields[name] as string).trim()) return fields[name] as string;
  return undefined;
}

/** A source may be a name or an object with one ({"name": "…"}, as some scrapers write it). */
function outletName(value: unknown): unknown {
  return value && typeof value === "object" && "name" in value ? (value as { name: unknown }).name : value;
}
