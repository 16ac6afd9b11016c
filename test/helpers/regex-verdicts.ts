/**
 * The ReDoS checker's verdicts on src/'s patterns, kept in test/regex-safety.verdicts.json so the
 * suite re-runs the checker (recheck, seconds per pattern) only on patterns that are new or
 * changed. A verdict is keyed by a hash of the pattern's source and flags: any edit of a pattern
 * sends it back to the checker.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "recheck";
import type { FoundPattern } from "./regex-inventory.js";
import { skeleton } from "./regex-skeleton.js";

export const VERDICTS_FILE = join(import.meta.dirname, "..", "regex-safety.verdicts.json");
/** Per pattern; a pattern the checker cannot settle in this time fails like a vulnerable one. */
const CHECK_TIMEOUT_MS = 10_000;

export interface Verdicts {
  checker: string;
  /** Keys of patterns the checker found safe. */
  safe: string[];
  /**
   * Patterns the checker flags that are accepted for now, each with why its cost stays bounded.
   * Never written by the update script: accepting a flagged pattern is a reviewed edit.
   */
  accepted: Array<{ key: string; where: string; complexity: string; bounded: string }>;
}

export interface Finding {
  pattern: FoundPattern;
  status: "safe" | "vulnerable" | "unknown";
  complexity: string;
  attack?: string;
}

export function keyOf(pattern: Pick<FoundPattern, "source" | "flags">): string {
  return createHash("sha256").update(`${pattern.flags}/${pattern.source}`).digest("hex").slice(0, 16);
}

export function readVerdicts(): Verdicts {
  return JSON.parse(readFileSync(VERDICTS_FILE, "utf8")) as Verdicts;
}

export function writeVerdicts(verdicts: Verdicts): void {
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(verdicts, null, 1)}\n`);
}

/**
 * recheck's verdict on one pattern (its skeleton: see regex-skeleton.ts). recheck has no sticky
 * flag: a sticky pattern is tried at one position only, so it is checked anchored there.
 */
export async function checkPattern(pattern: FoundPattern): Promise<Finding> {
  const source = pattern.flags.includes("y") ? `^(?:${skeleton(pattern.source)})` : skeleton(pattern.source);
  const result = await check(source, pattern.flags.replace(/[gyd]/g, ""), { timeout: CHECK_TIMEOUT_MS });
  if (result.status === "safe") return { pattern, status: "safe", complexity: result.complexity.type };
  if (result.status === "vulnerable") return { pattern, status: "vulnerable", complexity: result.complexity.type, attack: result.attack.pattern };
  return { pattern, status: "unknown", complexity: result.error.kind };
}

export function describe(finding: Finding): string {
  const attack = finding.attack ? `; attack ${finding.attack.slice(0, 120)}` : "";
  return `${finding.pattern.where} /${finding.pattern.source.slice(0, 200)}/${finding.pattern.flags}: ${finding.status} (${finding.complexity})${attack}`;
}
