import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Claim } from "../types.js";
import { findDateClaims } from "./dates/index.js";
import { entityKey } from "./entities/key.js";
import { findPlaceClaims } from "./places/index.js";
import { findQuantityClaims } from "./quantities/index.js";
import { splitSentences } from "./sentences.js";

/**
 * Smoke test over the real reports in ../shared/seeds (read at test time, never copied): five
 * reports of one air crash. The finders are general; these are the facts any report of such an
 * event must yield.
 */
const SEEDS = path.resolve(process.cwd(), "../shared/seeds");
/** Publish date when a seed's first line carries none. */
const DEFAULT_PUBLISHED = "2025-10-09";

function claimsOf(prefix: string): Claim[] {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith(".txt"));
  assert.ok(file, `seed ${prefix} missing`);
  const text = readFileSync(path.join(SEEDS, file), "utf8");
  const published = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? DEFAULT_PUBLISHED;
  const input = { text, sentences: splitSentences(text), entities: [], published };
  return [...findQuantityClaims(input), ...findDateClaims(input), ...findPlaceClaims(input)];
}

const has = (claims: Claim[], key: string, value: string): boolean => claims.some((c) => c.key === key && c.value === value);
const place = (name: string): string => entityKey(name, "place");

describe("claims of the seed reports", { skip: existsSync(SEEDS) ? false : "../shared/seeds is not beside the repo" }, () => {
  if (!existsSync(SEEDS)) return;
  const seeds = Object.fromEntries(["000", "001", "002", "003", "004"].map((id) => [id, claimsOf(`${id}_`)]));

  it("killed 38 in 000–003; aboard 67 in 001–003; survivors 29 in 003", () => {
    for (const id of ["000", "001", "002", "003"]) assert.ok(has(seeds[id]!, "killed", "38"), id);
    for (const id of ["001", "002", "003"]) assert.ok(has(seeds[id]!, "aboard", "67"), id);
    assert.ok(has(seeds["003"]!, "survivors", "29"));
  });

  it("004 says everyone aboard was killed", () => {
    const killed = seeds["004"]!.find((c) => c.key === "killed");
    assert.deepEqual(killed?.relative, { of: "aboard", share: "all" });
    assert.equal(killed?.value, "all");
  });

  it("the crash date 2024-12-25 under one key in 001–003", () => {
    const keys = ["001", "002", "003"].map((id) => seeds[id]!.find((c) => c.kind === "date" && c.value === "2024-12-25")?.key);
    assert.equal(keys[0], "date: incident");
    assert.deepEqual(new Set(keys).size, 1);
    // Every incident date of those reports is compatible with it; 004's 2014 comparison is not keyed as this incident.
    for (const id of ["000", "001", "002", "003"]) {
      for (const c of seeds[id]!.filter((c) => c.key === "date: incident")) assert.ok("2024-12-25".startsWith(c.value), `${id} ${c.value}`);
    }
    assert.ok(!seeds["004"]!.some((c) => c.key === "date: incident"));
  });

  it("routes: Baku to Grozny in 001–003, Baku to Moscow in 004; no route from 'flights to Russia'", () => {
    for (const id of ["001", "002", "003"]) assert.ok(has(seeds[id]!, "destination", place("Grozny")), id);
    for (const id of ["001", "002", "003", "004"]) assert.ok(has(seeds[id]!, "origin", place("Baku")), id);
    assert.ok(has(seeds["004"]!, "destination", place("Moscow")));
    assert.ok(!has(seeds["004"]!, "destination", place("Russia")));
  });

  it("the meeting in Dushanbe in 000–003", () => {
    for (const id of ["000", "001", "002", "003"]) assert.ok(has(seeds[id]!, "place: meeting", place("Dushanbe")), id);
  });

  it("no count from years, dates, flight or model numbers, phone numbers", () => {
    for (const [id, claims] of Object.entries(seeds)) {
      for (const c of claims.filter((c) => c.kind === "quantity")) {
        assert.ok(!/^(?:19|20)\d\d$/.test(c.value), `${id}: year as count ${c.key}=${c.value}`);
        assert.ok(!["190", "17", "6444012", "2025"].includes(c.value), `${id}: ${c.key}=${c.value}`);
      }
    }
  });
});
