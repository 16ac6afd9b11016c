import { createGunzip } from "node:zlib";
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob } from "tinyglobby";
import type { InputFailure, RawDocument } from "../types.js";
import { DEFAULT_OPTIONS, type IngestOptions } from "../config.js";
import { formatBytes } from "../format-bytes.js";
import type { ByteStream } from "./byte-stream.js";
import { guessContentType } from "./content-type.js";
import { makeDocument } from "./document.js";
import { isGzip, SNIFF_BYTES } from "./sniff.js";
import { gunzipLimited } from "./unpack.js";

/** Reading files: expanding what the user named into paths, heads for sniffing, whole reports. */

const GLOB_CHARS = /[*?[\]{}]/;
/** Saved pages are often gzipped ("page.html.gz"): read them unpacked. */
export const GZIP_NAME = /\.gz$/i;

export async function expandInput(input: string, options: IngestOptions, failures: InputFailure[]): Promise<string[]> {
  if (GLOB_CHARS.test(input)) {
    const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
    if (matches.length === 0) failures.push({ source: input, message: `no files match ${input}` });
    return matches;
  }
  const info = await stat(input).catch(() => null);
  if (!info) {
    failures.push({ source: input, message: `no such file or directory: ${input}` });
    return [];
  }
  if (!info.isDirectory()) return [input];
  const pattern = `**/*{${options.extensions.join(",")}}`;
  const matches = (await glob(pattern, { cwd: input, onlyFiles: true, caseSensitiveMatch: false })).sort();
  if (matches.length === 0) {
    failures.push({ source: input, message: `no reports in ${input} (looked for ${options.extensions.join(" ")})` });
  }
  return matches.map((name) => join(input, name));
}

export async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export function gunzipStream(source: ByteStream): ByteStream {
  const gunzip = createGunzip();
  (async () => {
    try {
      for await (const chunk of source) if (!gunzip.write(chunk)) await new Promise((resolve) => gunzip.once("drain", resolve));
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  })();
  return gunzip;
}

export async function readDocument(path: string, size: number, options: IngestOptions): Promise<RawDocument | InputFailure> {
  if (size > options.maxBytes) {
    return { source: path, message: `${path} is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit for one report` };
  }
  try {
    return documentFromBytes(path, await readWhole(path), options.maxBytes);
  } catch (error) {
    return { source: path, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

/** A report read whole under a file name (a file, an upload): size-checked, unpacked when gzipped. */
export function documentFromBytes(name: string, bytes: Uint8Array, maxBytes: number = DEFAULT_OPTIONS.ingest.maxBytes): RawDocument | InputFailure {
  const report = unpackReport(name, bytes, maxBytes);
  return "message" in report ? report : reportDocument(name, report);
}

/** A report's bytes as documentFromBytes reads them, and whether they came out of a gzip file. */
export interface UnpackedReport {
  bytes: Uint8Array;
  gzipped: boolean;
}

/** documentFromBytes's first half: the size checks and the unpacking, for a caller that looks at the bytes before making the document. */
export function unpackReport(name: string, bytes: Uint8Array, maxBytes: number): UnpackedReport | InputFailure {
  if (bytes.length > maxBytes) {
    return { source: name, code: "E_TOO_LARGE", message: `${name} is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one report` };
  }
  if (!GZIP_NAME.test(name) && !isGzip(bytes)) return { bytes, gzipped: false };
  const unpacked = gunzipLimited(name, bytes, maxBytes);
  if ("message" in unpacked) return unpacked.code === "E_TOO_LARGE" ? { ...unpacked, message: `${unpacked.message} for one report` } : unpacked;
  return { bytes: unpacked.bytes, gzipped: true };
}

/** documentFromBytes's second half: an unpacked report's type is guessed from its name without ".gz". */
export function reportDocument(name: string, report: UnpackedReport): RawDocument {
  return report.gzipped ? makeDocument(name, report.bytes, guessContentType(name.replace(GZIP_NAME, ""), report.bytes)) : makeDocument(name, report.bytes);
}
