import { isIP } from "node:net";
import type { LookupFunction } from "node:net";
import type { RawDocument } from "../types.js";
import { CorroborateError } from "../errors.js";
import { PUBLIC_ONLY, type AddressPolicy } from "./address-policy.js";
import { makeDocument } from "./document.js";
import { formatBytes } from "../format-bytes.js";

export interface FetchOptions {
  /** Which resolved addresses may be contacted; the public internet only by default. */
  policy: AddressPolicy;
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Name resolution; tests replace it. */
  resolve: (host: string) => Promise<{ address: string; family: number }[]>;
}

/**
 * Defaults for fetching one report. A news page is rarely over 5 MB; 15 s covers a slow site;
 * five redirects cover http→https→www→canonical with room to spare.
 */
export const DEFAULT_FETCH: FetchOptions = {
  policy: PUBLIC_ONLY,
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  resolve: async (host) => (await import("node:dns/promises")).lookup(host, { all: true, verbatim: true }),
};

/** Content types that hold a report; anything else (images, PDFs, JSON) is refused. */
const REPORT_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const REPORT_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.8";
/** Names the tool and what it does, so a site can tell it apart and write robots.txt rules for it. */
export const USER_AGENT = "Corroborate/0.1 (+news corroboration; fetches single pages on request)";

/** What to ask for and accept on one fetch, beyond the address and size limits. */
export interface RequestShape {
  /** The Accept header. */
  accept: string;
  /** Content types the caller can read; others are refused before the body is read. */
  types: RegExp;
  /** What those types are, for the refusal ("a web page or text"). */
  what: string;
  /** Extra request headers (conditional GET: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
}

/** A fetched resource: 304 (not modified since the validators sent) has an empty body. */
export interface FetchedResource {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  body: Uint8Array;
  contentType: string;
  etag?: string;
  lastModified?: string;
}

/**
 * Fetch a report from a URL the user gave. Only http(s); the host is resolved first and every
 * address it resolves to must pass the policy (also after each redirect), and the connection goes
 * to the address that was checked, so a name cannot be re-pointed between check and use.
 */
export async function fetchReport(input: string, options: Partial<FetchOptions> = {}): Promise<RawDocument> {
  const response = await fetchResource(input, { accept: REPORT_ACCEPT, types: REPORT_TYPES, what: "a web page or text" }, options);
  return reportFromResponse(input, response);
}

/** A fetched page as a raw document under the name it was asked for. */
export function reportFromResponse(input: string, response: FetchedResource): RawDocument {
  return { ...makeDocument(input, response.body, mediaType(response.contentType)), ...charsetOf(response.contentType) };
}

/** Fetch any resource under the same address policy and limits as a report (feeds, robots.txt). */
export async function fetchResource(input: string, shape: RequestShape, options: Partial<FetchOptions> = {}): Promise<FetchedResource> {
  const opts = { ...DEFAULT_FETCH, ...options };
  const deadline = Date.now() + opts.timeoutMs;
  let url = parseHttpUrl(input);
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    const response = await fetchOnce(url, shape, opts, deadline);
    if (response.redirect) {
      url = parseHttpUrl(new URL(response.redirect, url).href, input);
      continue;
    }
    return { ...response, url: url.href, body: response.body ?? new Uint8Array() };
  }
  throw new CorroborateError("E_FETCH", "ingest", `${input}: more than ${opts.maxRedirects} redirects`, input);
}

export function parseHttpUrl(text: string, original = text): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CorroborateError("E_BAD_URL", "ingest", `${original}: not a valid URL`, original);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CorroborateError("E_BAD_URL", "ingest", `${original}: only http and https URLs can be fetched (got ${url.protocol})`, original);
  }
  return url;
}

interface Response {
  redirect?: string;
  status: number;
  body?: Uint8Array;
  contentType: string;
  etag?: string;
  lastModified?: string;
}

/** A DNS lookup that answers only the address already checked against the policy. */
export async function pinnedLookup(url: URL, opts: FetchOptions): Promise<LookupFunction> {
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  const target = await checkedAddress(url, port, opts);
  return (_host, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

async function fetchOnce(url: URL, shape: RequestShape, opts: FetchOptions, deadline: number): Promise<Response> {
  const pinned = await pinnedLookup(url, opts);
  // Loaded on the first fetch: https brings TLS and crypto, which reading files (extract DIR) never needs.
  const client = url.protocol === "https:" ? await import("node:https") : await import("node:http");
  return new Promise<Response>((resolve, reject) => {
    const fail = (message: string, code: "E_FETCH" | "E_TOO_LARGE" | "E_UNSUPPORTED_TYPE" = "E_FETCH") =>
      reject(new CorroborateError(code, "ingest", `${url.href}: ${message}`, url.href));
    const headers = { "user-agent": USER_AGENT, accept: shape.accept, "accept-encoding": "identity", ...shape.headers };
    const request = client.get(url, { lookup: pinned, headers, timeout: Math.max(1, deadline - Date.now()) }, (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers["content-type"] ?? "");
      const validators = { ...(res.headers.etag ? { etag: res.headers.etag } : {}), ...(res.headers["last-modified"] ? { lastModified: res.headers["last-modified"] } : {}) };
      if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
        res.resume();
        return resolve({ redirect: res.headers.location, status, contentType });
      }
      if (status === 304 && shape.headers) {
        res.resume();
        return resolve({ status, contentType, ...validators });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return fail(`the server answered ${status}`);
      }
      if (contentType && !shape.types.test(contentType)) {
        res.resume();
        return fail(`not ${shape.what} (content type ${contentType.split(";")[0]})`, "E_UNSUPPORTED_TYPE");
      }
      if (Number(res.headers["content-length"] ?? 0) > opts.maxBytes) {
        res.destroy();
        return fail(`the page is over the ${formatBytes(opts.maxBytes)} limit`, "E_TOO_LARGE");
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          res.destroy();
          fail(`the page is over the ${formatBytes(opts.maxBytes)} limit`, "E_TOO_LARGE");
        } else chunks.push(chunk);
      });
      res.on("end", () => resolve({ status, body: Buffer.concat(chunks), contentType, ...validators }));
      res.on("error", (error) => fail(error.message));
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => fail(error.message === "timed out" ? "timed out" : `could not fetch (${error.message})`));
  });
}

/** Resolve the host and refuse it unless every address passes the policy. */
async function checkedAddress(url: URL, port: number, opts: FetchOptions): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  let addresses: { address: string; family: number }[];
  try {
    addresses = family ? [{ address: host, family }] : await opts.resolve(host);
  } catch {
    throw new CorroborateError("E_FETCH", "ingest", `${url.href}: the name ${host} could not be resolved`, url.href);
  }
  const refused = addresses.find((a) => !opts.policy(a.address, port));
  if (addresses.length === 0 || refused) {
    throw new CorroborateError("E_URL_BLOCKED", "ingest", `${url.href}: refused, ${host} leads to an address that is not on the public internet${refused ? ` (${refused.address})` : ""}`, url.href);
  }
  return addresses[0]!;
}

function mediaType(contentType: string): string | undefined {
  if (/^text\/plain/i.test(contentType)) return "text/plain";
  return /html/i.test(contentType) ? "text/html" : undefined;
}

function charsetOf(contentType: string): { declaredCharset?: string } {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  return charset ? { declaredCharset: charset } : {};
}
