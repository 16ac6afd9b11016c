import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { glob } from "tinyglobby";
import type { InputFailure, RawDocument } from "../types.js";
import { formatBytes } from "../format-bytes.js";
import { DEFAULT_OPTIONS, type IngestOptions } from "../config.js";
import { guessContentType } from "./content-type.js";
import { uniqueIds } from "./document-id.js";
import { makeDocument } from "./document.js";
import { fetchReport } from "./fetch-url.js";
import { isCorroborateError } from "../errors.js";

export { makeDocument } from "./document.js";

export interface IngestResult {
  documents: RawDocument[];
  failures: InputFailure[];
}

/** Something the user named on the command line: a path, a directory, a glob, a URL, or "-" for stdin. */
export type InputSpec = string;

const GLOB_CHARS = /[*?[\]{}]/;
/** Anything with a scheme is a URL; fetchReport refuses all but http(s) with a clear message. */
const URL_INPUT = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Saved pages are often gzipped ("page.html.gz"): read them unpacked. */
const GZIP_NAME = /\.gz$/i;

/**
 * Turn inputs into raw documents. Every input that cannot be read becomes a failure with a
 * message for the user; the others are still returned.
 */
export async function collectInputs(
  inputs: InputSpec[],
  options: IngestOptions = DEFAULT_OPTIONS.ingest,
  readStdin: () => Promise<Uint8Array> = readAllStdin,
): Promise<IngestResult> {
  const documents: RawDocument[] = [];
  const failures: InputFailure[] = [];
  for (const input of inputs) {
    if (input === "-") {
      documents.push(makeDocument("stdin", await readStdin()));
      continue;
    }
    if (URL_INPUT.test(input)) {
      const fetched = await fetchInput(input);
      if ("message" in fetched) failures.push(fetched);
      else documents.push(fetched);
      continue;
    }
    const paths = await expandInput(input, options, failures);
    for (const path of paths) {
      const result = await readDocument(path, options);
      if ("message" in result) failures.push(result);
      else documents.push(result);
    }
  }
  return { documents: uniqueIds(documents), failures };
}

async function fetchInput(url: string): Promise<RawDocument | InputFailure> {
  try {
    return await fetchReport(url);
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { source: url, message: error.message };
  }
}

async function expandInput(input: string, options: IngestOptions, failures: InputFailure[]): Promise<string[]> {
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

async function readDocument(path: string, options: IngestOptions): Promise<RawDocument | InputFailure> {
  try {
    const info = await stat(path);
    if (info.size > options.maxBytes) {
      return { source: path, message: `${path} is ${formatBytes(info.size)}, over the ${formatBytes(options.maxBytes)} limit for one report` };
    }
    return documentFromBytes(path, await readFile(path), options.maxBytes);
  } catch (error) {
    return { source: path, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

/** A report read whole under a file name (a file, an upload): size-checked, unpacked when gzipped. */
export function documentFromBytes(name: string, bytes: Uint8Array, maxBytes: number = DEFAULT_OPTIONS.ingest.maxBytes): RawDocument | InputFailure {
  if (bytes.length > maxBytes) {
    return { source: name, code: "E_TOO_LARGE", message: `${name} is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one report` };
  }
  if (!GZIP_NAME.test(name)) return makeDocument(name, bytes);
  const unpacked = gunzipReport(name, bytes, maxBytes);
  return "message" in unpacked ? unpacked : makeDocument(name, unpacked.bytes, guessContentType(name.replace(GZIP_NAME, ""), unpacked.bytes));
}

/**
 * Unpack a gzipped report. The unpacked size is capped at the same limit as a plain file, so a
 * small archive cannot unpack into gigabytes.
 */
function gunzipReport(path: string, bytes: Uint8Array, maxBytes: number): { bytes: Uint8Array } | InputFailure {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
    return {
      source: path,
      code: tooBig ? "E_TOO_LARGE" : "E_BINARY",
      message: tooBig
        ? `${path} unpacks to over the ${formatBytes(maxBytes)} limit for one report`
        : `${path} is not a readable gzip file (${(error as Error).message})`,
    };
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
