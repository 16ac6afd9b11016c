import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AnalysisPool } from "./analysis-pool.js";
import { makeDocument } from "../ingest/document.js";
import { DEFAULT_OPTIONS } from "../config.js";
import { transferableSymbol, valueSymbol } from "piscina";
import { movingBytes, type MovedOutcome } from "./hand-over.js";
import { openSqliteStore } from "../store/index.js";
import { unpackReport } from "../store/packed-report.js";

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

test("movingBytes sends back the buffers of bytes that own them, moved; bytes sharing a buffer and failures go as they are", () => {
  const own = new TextEncoder().encode("The ferry timetable changes on Friday.");
  const moved = movingBytes({ value: { bytes: own } }, (value) => [value.bytes]) as MovedOutcome<{ bytes: Uint8Array }>;
  assert.deepEqual(moved[transferableSymbol], [own.buffer]);
  assert.deepEqual(moved[valueSymbol], { value: { bytes: own } });

  const part = Buffer.from("The ferry timetable changes on Friday, and more after.").subarray(0, 10);
  const shared = { value: { bytes: part } };
  assert.equal(movingBytes(shared, (value) => [value.bytes]), shared, "a view on part of a buffer is copied, not moved");
  const failed = { failure: { code: "E_TOO_SLOW" as const, stage: "analyze" as const, message: "over budget" } };
  assert.equal(movingBytes<{ bytes: Uint8Array }>(failed, (value) => [value.bytes]), failed);
});

test("a prepared report comes back packed and moves on to the thread that places it; a big JSON body comes back as its report's bytes", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "corroborate-hand-over-")), "hand-over.db");
  await openSqliteStore(file, { create: true }).close();
  const pool = new AnalysisPool(1, false);
  try {
    const document = makeDocument("quay.html", new TextEncoder().encode(PAGE), "text/html");
    const packed = await pool.prepare(document, DEFAULT_OPTIONS.budget, true);
    assert.equal(document.bytes.byteLength, 0, "the document's bytes moved to the worker");
    assert.match(unpackReport(packed).article.json, /closed the north quay/);

    const ready = { status: "ready" as const, report: packed, origin: { source: "quay.html", contentHash: "c0ffee" } };
    const placed = await pool.place(file, ready);
    assert.equal(placed.status, "stored");
    assert.equal(ready.report.bytes.byteLength, 0, "the packed report moved to the placing thread, not copied");

    const text = "Harbour works\n\nThe harbour office in Norderwick said the south quay will stay open until Friday.\n";
    const body = new TextEncoder().encode(JSON.stringify({ text, source: "harbour" })).buffer;
    const submission = await pool.readJsonSubmission(body);
    assert.equal(body.byteLength, 0, "the body moved to the worker");
    assert.ok(submission.kind === "text" && submission.content instanceof Uint8Array);
    assert.equal(new TextDecoder().decode(submission.content), text);
    assert.equal(submission.source, "harbour");
  } finally {
    await pool.close();
  }
});
