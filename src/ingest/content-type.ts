const HTML_EXTENSIONS = /\.(x?html?|xht)$/i;
/** What a saved page starts with, after white space and a BOM; enough to tell HTML from text. */
const HTML_START = /^(\ufeff)?\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const SNIFF_BYTES = 1024;

/** Guess "text/html" or "text/plain" from the name, then from the first bytes. */
export function guessContentType(name: string, bytes: Uint8Array): string {
  if (HTML_EXTENSIONS.test(name)) return "text/html";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  return HTML_START.test(head) ? "text/html" : "text/plain";
}
