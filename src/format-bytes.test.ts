import { test } from "node:test";
import assert from "node:assert/strict";
import { formatBytes } from "./format-bytes.js";

test("sizes read in the largest whole unit, with one decimal where it matters", () => {
  assert.equal(formatBytes(20 * 1024 * 1024), "20 MB");
  assert.equal(formatBytes(1536 * 1024), "1.5 MB");
  assert.equal(formatBytes(2048), "2 KB");
  assert.equal(formatBytes(1024), "1 KB");
  assert.equal(formatBytes(300), "300 bytes");
});
