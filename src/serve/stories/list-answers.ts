import type { MiddlewareHandler } from "hono";
import type { Store } from "../../store/index.js";
import { chooseEncoding, compressBody, MIN_COMPRESSED_BYTES } from "../http/index.js";

/**
 * Answers kept at once: a list page compressed is tens of KB, so a few hundred pages and searches
 * cost a few MB; beyond it the least recently read is dropped.
 */
const ANSWERS_KEPT = 256;

interface Answer {
  body: Buffer<ArrayBuffer>;
  headers: Record<string, string>;
}

/**
 * The story list's answers (its page and JSON, searches and filters included) kept per URL and
 * encoding, compressed, until anything is committed to the store (Store.changeToken). Under load
 * most list reads ask for a page read a moment before, and each one cost its SQL (the page and the
 * count of every match), parsing every summary, rendering and compressing, for the same bytes.
 * Readers asking for one page at once share its making. Only 200 answers are kept.
 */
export function keepListAnswers(store: Store, capacity = ANSWERS_KEPT): MiddlewareHandler {
  const kept = new Map<string, { token: string; answer: Promise<Answer | null> }>();
  return async (c, next) => {
    const token = await store.changeToken();
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
    const url = new URL(c.req.url);
    const key = `${encoding ?? "identity"} ${url.pathname}${url.search}`;
    const known = kept.get(key);
    if (known?.token === token) {
      kept.delete(key);
      kept.set(key, known);
      const answer = await known.answer;
      if (answer) return c.body(answer.body, 200, answer.headers);
    }
    let settle: (answer: Answer | null) => void = () => {};
    const entry = { token, answer: new Promise<Answer | null>((resolve) => (settle = resolve)) };
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > capacity) kept.delete(kept.keys().next().value!);
    try {
      await next();
      if (c.res.status !== 200 || !c.res.body) return;
      const text = Buffer.from(await c.res.arrayBuffer());
      const headers = new Headers(c.res.headers);
      headers.set("Vary", "Accept-Encoding");
      headers.delete("Content-Length");
      const compress = encoding !== null && text.length >= MIN_COMPRESSED_BYTES;
      if (compress) headers.set("Content-Encoding", encoding);
      const answer = { body: compress ? await compressBody(text, encoding) : text, headers: headerRecord(headers) };
      settle(answer);
      c.res = new Response(answer.body, { status: 200, headers });
    } finally {
      // An error or another status is not kept: those who waited for it make their own.
      settle(null);
      if (kept.get(key) === entry && !(await entry.answer)) kept.delete(key);
    }
  };
}

/** Headers as a plain record: kept answers are replayed with `c.body`, which takes one. */
function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  return record;
}
