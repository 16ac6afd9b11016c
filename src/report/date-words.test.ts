import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDate, formatDateRange } from "./date-words.js";

test("dates read as words at the precision the report gives", () => {
  assert.equal(formatDate("2026-03-03"), "3 Mar 2026");
  assert.equal(formatDate("2024-12"), "Dec 2024");
  assert.equal(formatDate("2025"), "2025");
  assert.equal(formatDate("2026-13-01"), "2026-13-01");
  assert.equal(formatDate("Tuesday"), "Tuesday");
  assert.equal(formatDateRange("2026-03-03", "2026-03-05"), "3 Mar 2026 – 5 Mar 2026");
  assert.equal(formatDateRange("2026-03-03", "2026-03-03"), "3 Mar 2026");
  assert.equal(formatDateRange(null, null), "undated");
  assert.equal(formatDate("2026-03-03T14:05:00Z"), "3 Mar 2026, 14:05 UTC");
  assert.equal(formatDate("2026-03-03T14:05:00.123+02:00"), "3 Mar 2026, 14:05 UTC+02:00");
  assert.equal(formatDate("2026-03-03T14:05"), "3 Mar 2026, 14:05");
  assert.equal(formatDateRange("2026-03-03T08:00:00Z", "2026-03-03T14:00:00Z"), "3 Mar 2026");
});
