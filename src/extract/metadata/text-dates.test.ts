import { test } from "node:test";
import assert from "node:assert/strict";
import { findDate, isDateOnlyLine } from "./text-dates.js";

test("findDate reads the forms pages print", () => {
  const cases: [string, string][] = [
    ["2025-10-09", "2025-10-09"],
    ["2025-10-09T20:23:00+05:30", "2025-10-09"],
    ["09 October 2025", "2025-10-09"],
    ["October 9, 2025", "2025-10-09"],
    ["Oct. 9, 2025", "2025-10-09"],
    ["Thursday, 9th October 2025", "2025-10-09"],
    ["9 de octubre de 2025", "2025-10-09"],
    ["9. Oktober 2025", "2025-10-09"],
    ["9 октября 2025 г.", "2025-10-09"],
    ["Updated: 09-10-2025 20:23 IST", "2025-10-09"],
    ["10/09/2025", "2025-10-09"],
    ["13-02-2025", "2025-02-13"],
    ["02/13/2025", "2025-02-13"],
    ["2025.12.17", "2025-12-17"],
    ["Published: 2025/12/17 |", "2025-12-17"],
    ["2023 Jan 7;15(1):e33475", "2023-01-07"],
  ];
  for (const [text, iso] of cases) assert.equal(findDate(text)?.iso, iso, text);
  assert.equal(findDate("41 of 90 people"), null);
  assert.equal(findDate("99-99-2025"), null);
  // A version number is not a year-first date, and a year-first date must be a real day.
  assert.equal(findDate("release v1.2025.12.17.4"), null);
  assert.equal(findDate("2025.02.30"), null);
});

test("isDateOnlyLine accepts labels, weekdays, times and zones, and nothing else", () => {
  for (const line of ["09 October 2025", "Updated: 09-10-2025 20:23 IST | Created: 09-10-2025 20:23 IST", "Published on Thursday, October 9, 2025 at 10:45 a.m.", "9 October", "Oct 9 | 14:05 GMT+3"]) {
    assert.ok(isDateOnlyLine(line), line);
  }
  for (const line of ["On 9 October 2025 the bridge closed.", "Flood of 9 October 2025", "12 comments"]) {
    assert.ok(!isDateOnlyLine(line), line);
  }
});
