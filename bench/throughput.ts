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
/** Names renamed per event, and days between events: enough that generated events are distinct. */
const NAMES_PER_EVENT = 20;
const DAYS_BETWEEN_EVENTS = 5;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`, "g");
/** Month and weekday names stay: renaming them would turn dates into words. */
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

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
if (process.env.BENCH_KEEP) console.log(`reports kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`Throughput benchmark: check over ${written} generated reports (${stories} stories found), ${RUNS} runs`);
console.log(`median time:   ${(median / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s)`);
console.log(`reports/s:     ${Math.round(written / (median / 1000))}`);
console.log(`peak memory:   ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (max RSS of the process)`);

/** Give the event's most frequent capitalised words new invented names, so each event is distinct. */
function inventNames(text: string, seed: number): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}/gu)) {
    if (!CALENDAR_WORDS.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, NAMES_PER_EVENT).map(([w]) => w);
  return new Map(top.map((w, i) => [w, syllables(seed * NAMES_PER_EVENT + i)]));
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
  out = out.replace(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (iso) => shiftIso(iso, event * DAYS_BETWEEN_EVENTS));
  out = out.replace(/\b(\d{2})-(\d{2})-(\d{4})\b/g, (_m, d: string, m: string, y: string) => shiftIso(`${y}-${m}-${d}`, event * DAYS_BETWEEN_EVENTS).split("-").reverse().join("-"));
  out = out.replace(DAY_MONTH_YEAR, (_m, d: string, month: string, y: string) => {
    const [yy, mm, dd] = shiftIso(`${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${d.padStart(2, "0")}`, event * DAYS_BETWEEN_EVENTS).split("-");
    return `${Number(dd)} ${MONTHS[Number(mm) - 1]} ${yy}`;
  });
  return out.replace(/\b(\d{2,3})\b(?! ?(?:BC|AD))/g, (n) => String(Number(n) + (event % 7)));
}

function shiftIso(iso: string, days: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}
