import type { Context } from "hono";
import { CorroborateError } from "../../errors.js";
import type { Submission } from "./report-intake.js";

/** A parsed form body: each field's values, text or files. */
export type FormBody = Record<string, string | File | (string | File)[]>;

/** A form with more reports than this is refused whole: 50 files is a day's clippings. */
export const MAX_REPORTS_PER_REQUEST = 50;

/** Pasted text that starts like a page is read as HTML, so its markup is stripped, not kept as words. */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<main[\s>]|<div[\s>]|<p[\s>])/i;

/** A request's form body; one that cannot be parsed (a broken multipart body) is the client's error. */
export async function parseForm(c: Context): Promise<FormBody> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new CorroborateError("E_BAD_ARGUMENT", "ingest", "the form body is malformed: send a well-formed multipart/form-data or url-encoded form");
  }
}

/**
 * The reports in a multipart form (the add page, or a program uploading files): files under
 * `file` or `files`, pasted text under `text` (or `html`), URLs one per line under `url`, and an
 * optional `source` name for pasted text or a single file.
 */
export async function formSubmissions(body: FormBody): Promise<Submission[]> {
  const source = textValues(body.source)[0]?.trim() || undefined;
  const submissions: Submission[] = [];
  const files = [...fileValues(body.file), ...fileValues(body.files)].filter((file) => file.size > 0 || file.name !== "");
  for (const file of files) {
    submissions.push({ kind: "file", name: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()), source: files.length === 1 ? source : undefined });
  }
  for (const text of textValues(body.text).filter((t) => t.trim())) submissions.push({ kind: LOOKS_LIKE_HTML.test(text) ? "html" : "text", content: text, source });
  for (const html of textValues(body.html).filter((t) => t.trim())) submissions.push({ kind: "html", content: html, source });
  for (const url of textValues(body.url).flatMap((t) => t.split(/\s+/)).filter(Boolean)) submissions.push({ kind: "url", url });
  return submissions;
}

function textValues(value: FormBody[string] | undefined): string[] {
  return asList(value).filter((v): v is string => typeof v === "string");
}

function fileValues(value: FormBody[string] | undefined): File[] {
  return asList(value).filter((v): v is File => typeof v !== "string");
}

function asList(value: FormBody[string] | undefined): (string | File)[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
