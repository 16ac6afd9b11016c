/**
 * Throughput benchmark: `check` over a generated batch of 1,000 reports (200 synthetic events of
 * five reports each, made from the example and seed reports by renaming their names and shifting
 * their numbers), read from disk. Prints reports per second (median of 3 runs) and peak memory.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkInputs } from "../src/pipeline.js";
import { loadStorySets } from "./story-sets.js";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
const RUNS = 3;

const sets = await loadStorySets();
const dir = mkdtempSync(join(tmpdir(), "corroborate-throughput-"));
let written = 0;
for (let event = 0; written < REPORTS; event++) {
  const set = sets[event % sets.length]!;
  const names = inventNames(set.documents.map((d) => new TextDecoder().decode(d.bytes)).join("\n"), event);
  const eventDir = join(dir, `event-${event}`);
  mkdirSync(eventDir);
  for (const doc of set.documents) {
    if (written >= REPORTS) break;
    const text = rename(new TextDecoder().decode(doc.bytes), names, event);
    writeFileSync(join(eventDir, `${doc.id}${doc.contentType === "text/html" ? ".html" : ".txt"}`), text);
    written++;
  }
}

const times: number[] = [];
let stories = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const result = await checkInputs([dir]);
  times.push(performance.now() - start);
  stories = result.stories.length;
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`Throughput benchmark: check over ${written} generated reports (${stories} stories found), ${RUNS} runs`);
console.log(`median time:   ${(median / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s)`);
console.log(`reports/s:     ${Math.round(written / (median / 1000))}`);
console.log(`peak memory:   ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (max RSS of the process)`);

/** Give the event's most frequent capitalised words new invented names, so each event is distinct. */
function inventNames(text: string, seed: number): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([w]) => w);
  return new Map(top.map((w, i) => [w, syllables(seed * 8 + i)]));
}

function syllables(n: number): string {
  const parts = ["ka", "lo", "mir", "ten", "sa", "vu", "dor", "el", "qui", "ran", "po", "zet"];
  let word = "";
  for (let x = n + 13; x > 0; x = Math.floor(x / parts.length)) word += parts[x % parts.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function rename(text: string, names: Map<string, string>, event: number): string {
  let out = text;
  for (const [from, to] of names) out = out.split(from).join(to);
  return out.replace(/\b(\d{2,3})\b(?! ?(?:BC|AD))/g, (n) => String(Number(n) + (event % 7)));
}
