import { constants, gunzipSync } from "node:zlib";

/**
 * What an input holds, found from its first bytes (the name only breaks ties):
 *   page     one report, HTML or text
 *   feed     RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed: one report per item
 *   sitemap  a sitemap or sitemap index (Google News sitemaps too): one report per page listed
 *   jsonl    JSON Lines / NDJSON from a scraper: one report per line
 *   warc     a web archive: one report per HTML response record
 */
export type InputFormat = "page" | "feed" | "sitemap" | "jsonl" | "warc";

/** Enough to see past an XML prolog, comments and a stylesheet line to the root element. */
export const SNIFF_BYTES = 64 * 1024;

const GZIP_MAGIC = [0x1f, 0x8b];
const FEED_ROOTS = new Set(["rss", "feed", "rdf:rdf", "rdf"]);
const SITEMAP_ROOTS = new Set(["urlset", "sitemapindex"]);
/** Declarations, processing instructions, comments and doctypes before an XML root element. */
const XML_PROLOG = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[^\]]*\][^>]*)?>)*/i;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
const JSONL_NAME = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The start of a gzip stream unpacked, for sniffing: a cut-off stream is fine, a broken one gives "". */
export function gunzipHead(head: Uint8Array): Uint8Array {
  try {
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: SNIFF_BYTES * 4 });
  } catch {
    return new Uint8Array();
  }
}

/** The format of an input from its first bytes (already unpacked when gzipped) and its name. */
export function sniffFormat(head: Uint8Array, name: string): InputFormat {
  const text = new TextDecoder("utf-8").decode(head.subarray(0, SNIFF_BYTES)).replace(/^\ufeff/, "");
  const start = text.trimStart();
  if (start.startsWith("WARC/")) return "warc";
  if (start.startsWith("{")) return jsonFormat(start, name);
  if (start.startsWith("<")) return xmlFormat(start);
  return "page";
}

function jsonFormat(text: string, name: string): InputFormat {
  if (JSON_FEED_VERSION.test(text.slice(0, 4096))) return "feed";
  if (JSONL_NAME.test(name)) return "jsonl";
  const firstLine = text.split("\n", 1)[0]!.trim();
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === "object" && value !== null ? "jsonl" : "page";
  } catch {
    return "page";
  }
}

function xmlFormat(text: string): InputFormat {
  const rest = text.slice(XML_PROLOG.exec(text)?.[0].length ?? 0);
  const root = /^<([a-z][\w.-]*(?::[\w.-]+)?)/i.exec(rest)?.[1]?.toLowerCase();
  if (!root) return "page";
  if (FEED_ROOTS.has(root)) return "feed";
  if (SITEMAP_ROOTS.has(root) || /:(?:urlset|sitemapindex)$/.test(root)) return "sitemap";
  return "page";
}
