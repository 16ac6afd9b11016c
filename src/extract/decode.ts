import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import { CorroborateError } from "../errors.js";

/**
 * Bytes to text. The ladder, first answer wins:
 *   1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 *   2. UTF-16 declared by the transport, or recognisable from its zero bytes;
 *   3. refuse binary files (known magic numbers, NUL bytes, many control bytes);
 *   4. strict UTF-8 — valid multi-byte UTF-8 is almost never another encoding by accident,
 *      while declared charsets are often wrong (pages saved as UTF-8 keep their old meta tag);
 *   5. mostly UTF-8 with some broken bytes (a truncated copy, a pasted Latin-1 line): UTF-8 with
 *      U+FFFD for the broken bytes, and a warning (reading it all as Latin-1 would garble every
 *      accented letter: "AdmiÃ©s");
 *   6. the transport's declared charset, then the page's <meta charset> / http-equiv;
 *   7. chardet's guess.
 * A file that mixes UTF-8 with another encoding is read either way with a warning naming it.
 * Every encoding Node's TextDecoder knows (windows-125x, iso-8859-x, koi8-r, gbk, shift_jis …) works.
 */

export interface DecodeOptions {
  declaredCharset?: string;
  contentType: string;
  source: string;
  /** Told of problems that did not stop the decoding (broken or mixed encodings), for the user. */
  onWarning?: (message: string) => void;
}

/** Bytes looked at for binary sniffing, UTF-16 sniffing and <meta charset>. */
const SNIFF_BYTES = 8192;
/**
 * Share of control bytes (other than tab, newline, carriage return, form feed) above which a file
 * is binary. Text in any 8-bit charset has next to none; compressed or random data has about 11%
 * (28 of 256 byte values), so 5% separates them even on a few hundred bytes.
 */
const BINARY_CONTROL_RATIO = 0.05;
/** Share of U+FFFD in a decoding above which the guessed charset was wrong. */
const MAX_REPLACEMENT_RATIO = 0.02;
/** UTF-16 text of mostly ASCII has zero bytes at every other position and almost none at the others. */
const UTF16_ZERO_SHARE = 0.4;
const UTF16_OTHER_ZERO_SHARE = 0.05;

const MAGIC_NUMBERS: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX, EPUB
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // old Office documents
];

const META_CHARSET = /<meta\b[^<>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): string {
  if (bytes.length === 0) throw fail("E_EMPTY", `${opts.source} is empty`, opts.source);
  const text = decodeWithLadder(bytes, opts);
  if (text.trim() === "") throw fail("E_EMPTY", `${opts.source} has no text, only white space`, opts.source);
  return text;
}

function decodeWithLadder(bytes: Uint8Array, opts: DecodeOptions): string {
  const bom = encodingFromBom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = opts.declaredCharset ?? CONTENT_TYPE_CHARSET.exec(opts.contentType)?.[1];
  const utf16 = /^utf-?16/i.test(declared ?? "") ? normalizeUtf16(declared!) : sniffUtf16(bytes);
  const utf16Text = utf16 ? new TextDecoder(utf16).decode(bytes) : null;
  if (utf16Text !== null && controlShare(utf16Text) <= BINARY_CONTROL_RATIO) return utf16Text;
  if (looksBinary(bytes)) {
    throw fail("E_BINARY", `${opts.source} looks like a binary file, not a text or HTML report`, opts.source);
  }
  // isUtf8 + Buffer decoding is several times faster than a fatal TextDecoder on large pages.
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const census = utf8Census(bytes);
  if (census.valid > 0 && census.valid >= census.invalid) {
    opts.onWarning?.(`${opts.source}: ${census.invalid} byte${census.invalid === 1 ? " is" : "s are"} not valid UTF-8 (a broken or mixed encoding); read as UTF-8 with \ufffd in their place`);
    return new TextDecoder("utf-8").decode(bytes);
  }
  for (const label of [declared, metaCharset(bytes), chardet.detect(bytes.subarray(0, SNIFF_BYTES * 4))]) {
    const text = label ? decodeLenient(bytes, label) : null;
    if (text === null) continue;
    if (census.valid > 0) opts.onWarning?.(`${opts.source}: mixes encodings (${census.valid} UTF-8 character${census.valid === 1 ? "" : "s"} among ${census.invalid} bytes that are not UTF-8); read as ${label!.trim().toLowerCase()}`);
    return text;
  }
  throw fail("E_ENCODING", `${opts.source}: cannot tell its character encoding (not UTF-8, and no usable charset declared or detected)`, opts.source);
}

/**
 * Non-ASCII byte sequences that are well-formed UTF-8 (a lead byte and its continuation bytes) and
 * bytes that are not. Text in a legacy 8-bit charset has almost no valid ones: an accented letter
 * there is one byte, and a lone high byte followed by a letter is not UTF-8.
 */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let wellFormed = length > 0 && i + length <= bytes.length;
    for (let k = 1; wellFormed && k < length; k++) wellFormed = (bytes[i + k]! & 0xc0) === 0x80;
    if (wellFormed) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

const normalizeUtf16 = (label: string): string => (/be$/i.test(label) ? "utf-16be" : "utf-16le");

function sniffUtf16(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros / pairs <= UTF16_OTHER_ZERO_SHARE) return "utf-16le";
  if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros / pairs <= UTF16_OTHER_ZERO_SHARE) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC_NUMBERS.some((magic) => magic.every((byte, i) => bytes[i] === byte))) return true;
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls / length > BINARY_CONTROL_RATIO;
}

/** Share of control characters in decoded text: binary data with a regular zero pattern is not UTF-16. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) controls++;
  }
  return controls / Math.max(text.length, 1);
}

/** Decode with a declared or guessed label; null when the label is unknown or the result is mostly U+FFFD. */
function decodeLenient(bytes: Uint8Array, label: string): string | null {
  let text: string;
  try {
    text = new TextDecoder(label.trim().toLowerCase()).decode(bytes);
  } catch {
    return null; // a label TextDecoder does not know
  }
  let replacements = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) replacements++;
  return replacements / Math.max(text.length, 1) > MAX_REPLACEMENT_RATIO ? null : text;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

function fail(code: "E_EMPTY" | "E_BINARY" | "E_ENCODING", message: string, source: string): CorroborateError {
  return new CorroborateError(code, "extract", message, source);
}
