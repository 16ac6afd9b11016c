import { test } from "node:test";
import assert from "node:assert/strict";
import { AnalysisPool } from "./analysis-pool.js";
import { makeDocument } from "../ingest/document.js";
import { DEFAULT_OPTIONS } from "../config.js";

const PAGE = `<html><head><title>Quay closed</title></head><body><article><h1>Quay closed</h1>${"<p>The harbour office in Norderwick closed the north quay on Monday after a crane failed, and ferries will use the south quay until Friday.</p>".repeat(40)}</article></body></html>`;

test("extract hands a page's own buffer to the worker, and copies bytes that share theirs", async () => {
  const pool = new AnalysisPool(1, false);
  try {
    const own = new Uint8Array(new TextEncoder().encode(PAGE));
    const handed = makeDocument("quay.html", own, "text/html");
    const text = (await pool.extractText(handed, DEFAULT_OPTIONS.budget, true)).text;
    assert.match(text, /closed the north quay/);
    assert.equal(handed.bytes.byteLength, 0, "moved, not copied: the buffer is gone from this thread");

    // A view on part of a larger buffer (Node's pool of small buffers is one) stays here, whole.
    const shared = Buffer.from(`${PAGE}<!-- and more after -->`);
    const part = makeDocument("quay-copy.html", shared.subarray(0, PAGE.length), "text/html");
    assert.equal((await pool.extractText(part, DEFAULT_OPTIONS.budget, true)).text, text);
    assert.equal(part.bytes.byteLength, PAGE.length, "a view on part of a buffer is copied");

    const kept = makeDocument("quay-kept.html", new TextEncoder().encode(PAGE), "text/html");
    await pool.extract(kept, DEFAULT_OPTIONS.budget);
    assert.equal(kept.bytes.byteLength, PAGE.length, "without handOver the caller keeps its bytes");
  } finally {
    await pool.close();
  }
});
