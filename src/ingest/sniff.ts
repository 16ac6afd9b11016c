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

/**
 * Most inputs tell their format in their first few bytes (a page's doctype and <html>, a feed's
 * root element): only those are decoded, and all of the head only when they leave it open.
 * Decoding 64 KB of every page cost the main thread of `extract` as much as reading them.
 */
const SHORT_SNIFF_BYTES = 4096;
/** Characters a decoded start needs to settle a format (past a "WARC/" or a root element's name). */
const SETTLING_CHARS = 16;

/** The format of an input from its first bytes (already unpacked when gzipped) and its name. */
export function sniffFormat(head: Uint8Array, name: string): InputFormat {
  if (head.length > SHORT_SNIFF_BYTES) {
    const settled = settledFormat(startText(head, SHORT_SNIFF_BYTES));
    if (settled) return settled;
  }
  const start = startText(head, SNIFF_BYTES);
  if (start.startsWith("WARC/")) return "warc";
  if (start.startsWith("{")) return jsonFormat(start, name);
  if (start.startsWith("<")) return formatOfRoot(rootElement(start)?.name);
  return "page";
}

/** The decoded text of the first `bytes` of the head, from its first character that is not white space. */
function startText(head: Uint8Array, bytes: number): string {
  return new TextDecoder("utf-8").decode(head.subarray(0, bytes)).replace(/^\ufeff/, "").trimStart();
}

/**
 * The format when the start of the head settles it, whatever comes after: the same answer as the
 * whole head gives. Null when it does not: JSON (read by its first line, which may run on), a
 * start of white space only, or markup whose root element is not seen whole before the cut.
 */
function settledFormat(start: string): InputFormat | null {
  if (start.length < SETTLING_CHARS || start.startsWith("{")) return null;
  if (start.startsWith("WARC/")) return "warc";
  if (!start.startsWith("<")) return "page";
  const root = rootElement(start);
  return root && root.end < start.length ? formatOfRoot(root.name) : null;
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

const ROOT_ELEMENT = /^<([a-z][\w.-]*(?::[\w.-]+)?)/i;

/** The first element past the XML prolog: its name, lower-cased, and where the name ends in `text`; null when markup does not start with one. */
function rootElement(text: string): { name: string; end: number } | null {
  const prolog = XML_PROLOG.exec(text)?.[0].length ?? 0;
  const match = ROOT_ELEMENT.exec(text.slice(prolog));
  return match ? { name: match[1]!.toLowerCase(), end: prolog + match[0].length } : null;
}

function formatOfRoot(root: string | undefined): InputFormat {
  if (!root) return "page";
  if (FEED_ROOTS.has(root)) return "feed";
  if (SITEMAP_ROOTS.has(root) || /:(?:urlset|sitemapindex)$/.test(root)) return "sitemap";
  return "page";
}
