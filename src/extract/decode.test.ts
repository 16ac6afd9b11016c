import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes } from "./decode.js";
import { CorroborateError } from "../errors.js";

/** Encode text in a single-byte charset by inverting Node's decoder for it (Node has no such encoder). */
function encodeSingleByte(text: string, charset: string): Uint8Array {
  const decoder = new TextDecoder(charset);
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${charset}`);
    return byte;
  }));
}

const RUSSIAN = "Глава города заявил журналистам, что новый мост через реку откроют весной. " +
  "Строители уже закончили основные работы, осталось проложить дорожное покрытие и установить освещение.";
const FRENCH = "Le maire a déclaré aux journalistes que le nouveau pont sur la rivière ouvrira au printemps. " +
  "Les ouvriers ont déjà achevé les travaux principaux ; il reste à poser le revêtement et l'éclairage.";
const text = { contentType: "text/plain", source: "test.txt" };

function assertFails(fn: () => unknown, code: string, messagePart?: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof CorroborateError);
    assert.equal(error.code, code);
    assert.equal(error.stage, "extract");
    assert.match(error.message, /test\.txt/);
    if (messagePart) assert.match(error.message, messagePart);
    return true;
  });
}

test("windows-1251 decodes with a declared charset", () => {
  assert.equal(decodeBytes(encodeSingleByte(RUSSIAN, "windows-1251"), { ...text, declaredCharset: "windows-1251" }), RUSSIAN);
});

test("windows-1251 decodes from the charset in the content type", () => {
  const bytes = encodeSingleByte(RUSSIAN, "windows-1251");
  assert.equal(decodeBytes(bytes, { contentType: "text/plain; charset=windows-1251", source: "test.txt" }), RUSSIAN);
});

test("windows-1251 decodes from an HTML <meta charset> and from http-equiv", () => {
  const page = `<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
  assert.match(decodeBytes(encodeSingleByte(page, "windows-1251"), { contentType: "text/html", source: "a.html" }), /новый мост/);
  const old = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
  assert.match(decodeBytes(encodeSingleByte(old, "windows-1251"), { contentType: "text/html", source: "a.html" }), /новый мост/);
});

test("windows-1251 without any declaration is detected", () => {
  assert.equal(decodeBytes(encodeSingleByte(RUSSIAN, "windows-1251"), text), RUSSIAN);
});

test("iso-8859-1 decodes when declared and when detected", () => {
  const bytes = encodeSingleByte(FRENCH, "iso-8859-1");
  assert.equal(decodeBytes(bytes, { ...text, declaredCharset: "ISO-8859-1" }), FRENCH);
  assert.equal(decodeBytes(bytes, text), FRENCH);
});

test("valid UTF-8 wins over a wrong declared charset", () => {
  const bytes = new TextEncoder().encode(RUSSIAN);
  assert.equal(decodeBytes(bytes, { ...text, declaredCharset: "windows-1251" }), RUSSIAN);
});

test("byte-order marks: UTF-8 BOM is dropped, UTF-16 LE is decoded", () => {
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Hello, world.")]);
  assert.equal(decodeBytes(utf8, text), "Hello, world.");
  const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Hi there"].flatMap((char) => [char.charCodeAt(0), 0])]);
  assert.equal(decodeBytes(utf16, text), "Hi there");
});

test("UTF-16 without a BOM is recognised by its zero bytes, not refused as binary", () => {
  const utf16 = new Uint8Array([..."A plain sentence in UTF-16."].flatMap((char) => [char.charCodeAt(0), 0]));
  assert.equal(decodeBytes(utf16, text), "A plain sentence in UTF-16.");
});

test("binary input is refused with E_BINARY", () => {
  const withNul = new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x48, 0x69, 0x00, 0x7f, 0x03]);
  assertFails(() => decodeBytes(withNul, text), "E_BINARY", /looks like a binary file, not a text or HTML report/);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]);
  assertFails(() => decodeBytes(png, text), "E_BINARY");
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assertFails(() => decodeBytes(controls, text), "E_BINARY");
});

test("empty and white-space-only input is refused with E_EMPTY", () => {
  assertFails(() => decodeBytes(new Uint8Array(0), text), "E_EMPTY", /empty/);
  assertFails(() => decodeBytes(new TextEncoder().encode(" \n\t\r\n  \u00a0"), text), "E_EMPTY");
});

test("bytes no charset can decode are refused with E_ENCODING", () => {
  const broken = new Uint8Array([0x41, 0xc3]);
  assertFails(() => decodeBytes(broken, { ...text, declaredCharset: "x-no-such-charset" }), "E_ENCODING", /encoding/);
});

test("binary data with a regular zero pattern is not mistaken for UTF-16", () => {
  const samples = new Uint8Array(400).map((_, i) => (i % 2 === 1 ? 0 : (i * 7) % 9));
  assertFails(() => decodeBytes(samples, text), "E_BINARY");
});

test("mostly UTF-8 with a broken byte is read as UTF-8 with U+FFFD, and a warning says so", () => {
  const bytes = Buffer.concat([Buffer.from("Le maire a déclaré que le café ouvrira. Admi", "utf8"), Buffer.from([0xe9]), Buffer.from("s au printemps.", "utf8")]);
  const warnings: string[] = [];
  const decoded = decodeBytes(bytes, { ...text, declaredCharset: "iso-8859-1", onWarning: (w) => warnings.push(w) });
  assert.equal(decoded, "Le maire a déclaré que le café ouvrira. Admi\ufffds au printemps.");
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /test\.txt: 1 byte is not valid UTF-8/);
});

test("a legacy charset with a little UTF-8 mixed in is read in the legacy charset, with a warning", () => {
  const bytes = Buffer.concat([Buffer.from(encodeSingleByte(FRENCH, "iso-8859-1")), Buffer.from(" Signé: Zoë", "utf8")]);
  const warnings: string[] = [];
  const decoded = decodeBytes(bytes, { ...text, declaredCharset: "iso-8859-1", onWarning: (w) => warnings.push(w) });
  assert.ok(decoded.startsWith(FRENCH));
  assert.match(warnings[0] ?? "", /mixes encodings .*read as iso-8859-1/);
});

test("clean text in one encoding gives no warning", () => {
  const warnings: string[] = [];
  decodeBytes(encodeSingleByte(FRENCH, "iso-8859-1"), { ...text, declaredCharset: "iso-8859-1", onWarning: (w) => warnings.push(w) });
  decodeBytes(Buffer.from(FRENCH, "utf8"), { ...text, onWarning: (w) => warnings.push(w) });
  assert.deepEqual(warnings, []);
});
