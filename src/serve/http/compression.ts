import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";

/**
 * Pages and JSON compressed with brotli when the client takes it, else gzip. Node's zlib rather
 * than hono's compress middleware: hono's offers gzip and deflate only (CompressionStream), and
 * brotli makes story pages and JSON about a fifth smaller than gzip. The async calls run in libuv's
 * thread pool, off the thread that routes requests. Brotli at quality 4: within a few per cent of
 * gzip's time at level 6, and still smaller; the top qualities cost ten times as long for a few
 * per cent more, which a page rendered per request cannot afford.
 */
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Smaller bodies fit in one packet either way. */
export const MIN_COMPRESSED_BYTES = 1024;
const BROTLI_QUALITY = 4;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|problem\+json)|image\/svg\+xml)/i;

/** Answers a route chose to send as they are (sentAsIs). */
const asIs = new WeakSet<Response>();

/** Send this answer uncompressed: its route knows a compressed one is on its way for later readers (story-response.ts). */
export function sentAsIs(response: Response): Response {
  asIs.add(response);
  return response;
}

export const compressResponses: MiddlewareHandler = async (c, next) => {
  await next();
  const response = c.res;
  if (asIs.has(response)) return;
  // A body compressed already (a story's cached rendering: story-response.ts) goes as it is. Its
  // headers are looked at first: asking for `body` turns the server's ready buffer into a stream,
  // which @hono/node-server then sends by the slow path, a timer's turn later.
  if (c.req.method === "HEAD" || response.headers.has("Content-Encoding")) return;
  if (!COMPRESSIBLE.test(response.headers.get("Content-Type") ?? "") || !response.body) return;
  response.headers.append("Vary", "Accept-Encoding");
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
  if (!encoding) return;
  const body = Buffer.from(await response.arrayBuffer());
  const compressed = body.length < MIN_COMPRESSED_BYTES ? body : await compressBody(body, encoding);
  c.res = new Response(compressed, response);
  c.res.headers.delete("Content-Length");
  if (compressed !== body) c.res.headers.set("Content-Encoding", encoding);
};

/** A body as sent with Content-Encoding `encoding`. */
export function compressBody(body: Buffer, encoding: "br" | "gzip"): Promise<Buffer<ArrayBuffer>> {
  return encoding === "br" ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipped(body);
}

/** "br" or "gzip" when the Accept-Encoding header takes it (q above 0), brotli first. */
export function chooseEncoding(header: string | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return takes("br") ? "br" : takes("gzip") ? "gzip" : null;
}
