import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { InputFailure, RawDocument } from "../types.js";
import { formatBytes } from "../format-bytes.js";
import { DEFAULT_OPTIONS, type IngestOptions } from "../config.js";
import { guessContentType } from "./content-type.js";
import { uniqueIds } from "./document-id.js";
import { makeDocument } from "./document.js";
import { reportFromResponse, type FetchOptions } from "./fetch-url.js";
import { isCorroborateError } from "../errors.js";
import type { ByteProgress, InputItem } from "./input-item.js";
import { counted } from "./byte-stream.js";
import { gunzipHead, isGzip, sniffFormat, SNIFF_BYTES, type InputFormat } from "./sniff.js";
import { unpackIfGzip } from "./unpack.js";
import { expandInput, GZIP_NAME, gunzipStream, readDocument, readHead, readWhole, reportDocument, unpackReport, type UnpackedReport } from "./files.js";
import { FEED_SHAPE, PoliteFetcher } from "./fetch/polite-fetcher.js";
import { feedReports } from "./feeds/feed-reports.js";
import { jsonlReports } from "./archives/jsonl.js";

export { makeDocument } from "./document.js";
export { documentFromBytes } from "./files.js";
export { UniqueIds } from "./document-id.js";
export type { InputItem, ByteProgress } from "./input-item.js";

export interface IngestResult {
  documents: RawDocument[];
  failures: InputFailure[];
  /** Things passed over on purpose (revisit records, images in a crawl): how many, by reason. */
  skipped: Record<string, number>;
}

/** How inputs are read: file limits, and for feeds whether to fetch each entry's page, and how. */
export interface InputOptions extends IngestOptions {
  /** Fetch the page each feed entry links to (else the entry's own content is the report). */
  follow: boolean;
  /** Address policy, limits and resolver for every fetch; tests open loopback here. */
  fetch: Partial<FetchOptions>;
  /** The least time between two requests to one host when following feeds and sitemaps. */
  perHostIntervalMs: number;
  /** Reports already had (a watch's store): feed entries and sitemap pages with these sources are not fetched again. */
  seen?: (source: string) => boolean;
  /**
   * Validators (ETag, Last-Modified) per URL input, kept between polls: a URL is fetched with a
   * conditional GET, and one not modified since yields nothing.
   */
  validators?: Map<string, Validators>;
  /** A fetcher kept between polls (its per-host pacing and robots.txt rules); made afresh otherwise. */
  fetcher?: PoliteFetcher;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export const DEFAULT_INPUT_OPTIONS: InputOptions = { ...DEFAULT_OPTIONS.ingest, follow: false, fetch: {}, perHostIntervalMs: 1000 };

/** Something the user named on the command line: a path, a directory, a glob, a URL, or "-" for stdin. */
export type InputSpec = string;

/** Anything with a scheme is a URL; fetching refuses all but http(s) with a clear message. */
const URL_INPUT = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Names and content types that promise a feed or sitemap: when the content is not one, say so. */
const FEED_NAME = /\.(?:rss|atom|xml)$/i;
const FEED_TYPE = /^(?:application\/(?:rss|atom|feed)\+(?:xml|json)|(?:application|text)\/xml)/i;
/**
 * Files up to this size are read whole before their format is known: one read instead of a head
 * and then the whole, for the many small pages of a directory. Larger ones may be archives, streamed.
 */
const WHOLE_READ_BYTES = 1024 * 1024;
/** Feeds and sitemaps are read whole; the sitemap protocol caps a sitemap at 50 MB. */
const MAX_LIST_BYTES = 50 * 1024 * 1024;

/**
 * Turn inputs into raw documents. Every input that cannot be read becomes a failure with a
 * message for the user; the others are still returned. For large archives, use readInputs.
 */
export async function collectInputs(
  inputs: InputSpec[],
  options: Partial<InputOptions> = {},
  readStdin: () => Promise<Uint8Array> = readAllStdin,
): Promise<IngestResult> {
  const result: IngestResult = { documents: [], failures: [], skipped: {} };
  for await (const item of readInputs(inputs, options, readStdin)) {
    if ("document" in item) result.documents.push(item.document);
    else if ("failure" in item) result.failures.push(item.failure);
    else if ("skipped" in item) result.skipped[item.skipped.reason] = (result.skipped[item.skipped.reason] ?? 0) + 1;
  }
  return { ...result, documents: uniqueIds(result.documents) };
}

interface Reading {
  options: InputOptions;
  fetcher: PoliteFetcher;
}

/**
 * Read inputs one report at a time: pages, feeds, sitemaps, JSONL and WARC files, each found from
 * its content. Archives are streamed, so memory does not grow with their size.
 */
export async function* readInputs(
  inputs: InputSpec[],
  options: Partial<InputOptions> = {},
  readStdin: () => Promise<Uint8Array> = readAllStdin,
): AsyncGenerator<InputItem> {
  const opts = { ...DEFAULT_INPUT_OPTIONS, ...options };
  const reading: Reading = { options: opts, fetcher: opts.fetcher ?? new PoliteFetcher({ fetch: opts.fetch, perHostIntervalMs: opts.perHostIntervalMs }) };
  const sources: string[] = [];
  for (const input of inputs) {
    if (input === "-" || URL_INPUT.test(input)) sources.push(input);
    else {
      const failures: InputFailure[] = [];
      sources.push(...(await expandInput(input, opts, failures)));
      for (const failure of failures) yield { failure };
    }
  }
  yield { planned: sources.length };
  for (const source of sources) {
    if (source === "-") yield* bytesItems("stdin", await readStdin(), reading);
    else if (URL_INPUT.test(source)) yield* urlItems(source, reading);
    else yield* fileItems(source, reading);
  }
}

/** A URL: a page, or a feed, sitemap or archive served whole; fetched conditionally when validators are kept. */
async function* urlItems(url: string, reading: Reading): AsyncGenerator<InputItem> {
  const known = reading.options.validators?.get(url);
  const conditional = { ...(known?.etag ? { "if-none-match": known.etag } : {}), ...(known?.lastModified ? { "if-modified-since": known.lastModified } : {}) };
  let response;
  try {
    response = await reading.fetcher.resource(url, { ...FEED_SHAPE, types: ANY_READABLE, what: "a web page, feed, sitemap or text", headers: conditional }, { maxBytes: MAX_LIST_BYTES });
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    yield { failure: { source: url, code: error.code, message: error.message } };
    return;
  }
  if (reading.options.validators && (response.etag || response.lastModified)) {
    reading.options.validators.set(url, { etag: response.etag, lastModified: response.lastModified });
  }
  if (response.status === 304) return yield { skipped: { source: url, reason: "not modified since the last poll" } };
  const page = reportFromResponse(url, response);
  yield* bytesItems(url, response.body, reading, { base: response.url, page, declaredType: response.contentType });
}

/** Pages, feeds, sitemaps, JSON Lines, archives: what a URL given by the user may hold. */
const ANY_READABLE = /^(?:text\/|application\/(?:xhtml\+xml|(?:[\w.+-]*\+)?(?:xml|json)|x-ndjson|jsonl?|warc|(?:x-)?gzip|octet-stream))/i;

/** Bytes held whole (stdin, a fetched URL): sniffed and read as their format says. */
async function* bytesItems(
  name: string,
  bytes: Uint8Array,
  reading: Reading,
  fetched?: { base: string; page: RawDocument; declaredType: string },
): AsyncGenerator<InputItem> {
  let plain: Uint8Array;
  try {
    plain = unpackIfGzip(name, bytes, Math.max(reading.options.maxBytes, MAX_LIST_BYTES));
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    yield { failure: { source: name, code: error.code, message: error.message } };
    return;
  }
  const format = sniffFormat(plain.subarray(0, SNIFF_BYTES), name);
  if (format === "warc") return yield* (await loadWarcReader())(name, [bytes], reading.options.maxBytes);
  if (format === "jsonl") return yield* jsonlReports(name, [plain], reading.options.maxBytes);
  if (format === "page") {
    if (promisesFeed(name, fetched?.declaredType)) return yield { failure: notAFeed(name) };
    if (plain.length > reading.options.maxBytes) return yield { failure: tooLarge(name, plain.length, reading.options.maxBytes) };
    return yield { document: fetched && plain === bytes ? fetched.page : makeDocument(name, plain, fetched ? undefined : guessContentType(name.replace(GZIP_NAME, ""), plain)) };
  }
  yield* listItems(name, format, plain, reading, fetched?.base);
}

/** A feed or sitemap, held whole. */
async function* listItems(name: string, format: Extract<InputFormat, "feed" | "sitemap">, bytes: Uint8Array, reading: Reading, base?: string): AsyncGenerator<InputItem> {
  const text = new TextDecoder().decode(bytes);
  try {
    if (format === "feed") {
      const { readFeed } = await import("./feeds/parse-feed.js");
      const feed = readFeed(text, name, base);
      if (feed.entries.length === 0) yield { failure: { source: name, code: "E_NO_INPUT", message: `${name}: the feed has no entries` } };
      yield* feedReports(name, feed.entries, { follow: reading.options.follow, fetcher: reading.fetcher, seen: reading.options.seen });
    } else {
      // Both import fast-xml-parser, which costs more to load than a directory of pages to read.
      const [{ readSitemap }, { sitemapReports }] = await Promise.all([import("./feeds/parse-sitemap.js"), import("./feeds/sitemap-reports.js")]);
      yield* sitemapReports(name, readSitemap(text, name), { fetcher: reading.fetcher, maxBytes: reading.options.maxBytes, seen: reading.options.seen });
    }
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    yield { failure: { source: name, code: error.code, message: error.message } };
  }
}

/** A file: its first bytes say what it is; archives and JSON Lines are streamed, the rest read whole. */
async function* fileItems(path: string, reading: Reading): AsyncGenerator<InputItem> {
  const { maxBytes } = reading.options;
  let size: number;
  let format: InputFormat;
  let gzipped: boolean;
  /** A small file is read once, whole, and sniffed from its start; a large one only its head, until its format is known. */
  let whole: Uint8Array | null;
  /**
   * A small file unpacked once, as a report (when gzipped): sniffed from its start, and a page's
   * bytes when it is one (gzipped pages were unpacked twice, the head to sniff and then the whole).
   */
  let report: UnpackedReport | InputFailure | null;
  try {
    size = (await stat(path)).size;
    whole = size <= Math.min(WHOLE_READ_BYTES, maxBytes) ? await readWhole(path) : null;
    const head = whole ? whole.subarray(0, SNIFF_BYTES) : await readHead(path);
    gzipped = isGzip(head);
    report = whole ? unpackReport(path, whole, maxBytes) : null;
    format = sniffFormat(report && "bytes" in report ? report.bytes : gzipped ? gunzipHead(head) : head, path);
  } catch (error) {
    return yield { failure: { source: path, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  if (format === "page") {
    if (promisesFeed(path)) return yield { failure: notAFeed(path) };
    const result = report ? ("message" in report ? report : reportDocument(path, report)) : await readDocument(path, size, reading.options);
    return yield "message" in result ? { failure: result } : { document: result };
  }
  if (format === "feed" || format === "sitemap") {
    if (size > MAX_LIST_BYTES) return yield { failure: tooLarge(path, size, MAX_LIST_BYTES) };
    return yield* bytesItems(path, whole ?? (await readWhole(path)), reading);
  }
  const progress: ByteProgress = { read: 0, total: size };
  const raw = counted(createReadStream(path, { highWaterMark: 256 * 1024 }), (read) => (progress.read = read));
  // warcio unpacks gzipped records itself (a WARC.gz is one gzip member per record).
  const items = format === "warc" ? (await loadWarcReader())(path, raw, maxBytes) : jsonlReports(path, gzipped ? gunzipStream(raw) : raw, maxBytes);
  for await (const item of items) yield "document" in item ? { ...item, bytes: { ...progress } } : item;
}

/**
 * The feed, sitemap and WARC parsers (feedsmith, fast-xml-parser, warcio) are imported when an
 * input is one: they cost more to load than a directory of pages costs to read.
 */
async function loadWarcReader(): Promise<typeof import("./archives/warc.js").warcReports> {
  return (await import("./archives/warc.js")).warcReports;
}

function promisesFeed(name: string, contentType = ""): boolean {
  return FEED_NAME.test(name.replace(GZIP_NAME, "")) || FEED_TYPE.test(contentType);
}

function notAFeed(name: string): InputFailure {
  return { source: name, code: "E_BAD_ARGUMENT", message: `${name}: not a readable feed or sitemap (it does not start as RSS, Atom, RDF, JSON Feed or a sitemap does)` };
}

function tooLarge(name: string, size: number, limit: number): InputFailure {
  return { source: name, code: "E_TOO_LARGE", message: `${name} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit` };
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
