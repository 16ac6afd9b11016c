/**
 * Real-news benchmark on the dev set (../shared/dev-events: ten real events, their near misses and
 * a gold standard). Runs `check`'s pipeline on every report and measures: clustering (BCubed, each
 * near miss its own event); gold facts found with their value; gold differences by kind
 * (contradictions raised, updates shown as timelines, the rest kept out of the disputes); what the
 * raised disputes correspond to; contradictions planted in one report (a number three reports
 * share, changed); and quotes that are not exact substrings.
 *
 *   npm run bench:real [-- --verbose] [-- --event ID] [-- --dump FILE]
 *
 * --dump writes, per event, every fact and update the tool stated (key, value, reports) beside the
 * gold facts it missed, so a miss can be traced to what was found instead.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { bcubed } from "./bcubed.js";
import { goldLabel, isNearMiss, loadDevSet, type GoldEvent, type GoldKind } from "./real-data.js";
import { runCheck } from "./real-run.js";
import { factFound, isDispute, judgeDispute, judgeGoldConflict, storyEvent, type ScoredConflict, type Stated } from "./real-score.js";
import { plantNumber } from "./real-inject.js";
import { dateIn, goldCore, numbersIn, valuesMatch } from "./real-match.js";

const INJECTED_PER_EVENT = 3;
const KINDS: GoldKind[] = ["contradiction", "update", "rounding", "different_subject", "wording"];

let options: { verbose: boolean; event: string | undefined; dump: string | undefined };
try {
  const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, event: { type: "string" }, dump: { type: "string" } }, strict: true });
  options = { verbose: values.verbose ?? false, event: values.event, dump: values.dump };
} catch (error) {
  console.error(`bench:real: ${(error as Error).message}\nusage: npm run bench:real -- [--verbose] [--event ID] [--dump FILE]`);
  process.exit(2);
}

const dev = await loadDevSet();
if (!dev) {
  console.log("bench:real skipped: ../shared/dev-events is not beside the repository");
  process.exit(0);
}
if (options.event && !dev.events.has(options.event)) {
  console.error(`bench:real: no event ${options.event}; events: ${[...dev.events.keys()].join(", ")}`);
  process.exit(2);
}
const eventIds = options.event ? [options.event] : [...dev.events.keys()];
const eventOf = (file: string) => dev.eventOfFile.get(file) ?? "";
const realEvent = (file: string) => (isNearMiss(eventOf(file)) ? undefined : eventOf(file) || undefined);
const selected = [...dev.documents.keys()].filter((file) => eventIds.some((id) => eventOf(file) === id || eventOf(file).startsWith(`near-${id}-`))).sort();

const started = performance.now();
const run = await runCheck(selected.map((file) => dev.documents.get(file)!));
const checkSeconds = (performance.now() - started) / 1000;

// 1. Clustering.
const predicted = new Map<string, string>();
run.stories.forEach((story, index) => story.files.forEach((file) => predicted.set(file, `story ${index}`)));
for (const file of run.failed) predicted.set(file, `failed ${file}`);
const clustering = bcubed(predicted, new Map([...predicted.keys()].map((file) => [file, goldLabel(file, eventOf(file))])));

const allDisputes = run.stories.flatMap((s) => s.conflicts.filter(isDispute));
const allFacts = run.stories.flatMap((s) => s.facts);
const allUpdates = run.stories.flatMap((s) => s.updates);

interface EventScore {
  id: string;
  reports: number;
  stories: number;
  facts: [number, number];
  byKind: Map<GoldKind, [number, number]>;
  raised: number;
  raisedContradiction: number;
  raisedAny: number;
  raisedCompatible: number;
  injected: [number, number];
  lines: string[];
}

const scores: EventScore[] = [];
for (const id of eventIds) scores.push(await scoreEvent(id, dev.events.get(id)!));
printTable(scores);
printTotals(scores);
if (options.dump) writeFileSync(options.dump, scores.flatMap((row) => [...row.lines, ...statedLines(row.id)]).join("\n") + "\n");

/** Every fact and update of an event's stories, as the tool states them (for --dump). */
function statedLines(id: string): string[] {
  const stories = run.stories.filter((s) => storyEvent(s.files, realEvent) === id);
  const stated = (s: Stated) => `"${s.display}" (${s.value}) [${s.files.map(shortName).join(", ")}]`;
  return [
    `  facts stated (${id}):`,
    ...stories.flatMap((s) => s.facts.map((f) => `    ${f.key ?? ""}: ${stated(f)}`)),
    `  updates stated (${id}):`,
    ...stories.flatMap((s) => s.updates.map((u) => `    ${u.key}: ${u.steps.map(stated).join(" → ")}`)),
  ];
}

async function scoreEvent(id: string, gold: GoldEvent): Promise<EventScore> {
  const lines: string[] = [];
  const files = selected.filter((file) => eventOf(file) === id);
  const stories = run.stories.filter((s) => s.files.some((file) => files.includes(file)));
  lines.push(`== ${id}: ${files.length} reports in ${stories.length} ${stories.length === 1 ? "story" : "stories"}`);

  lines.push("  gold differences:");
  const byKind = new Map<GoldKind, [number, number]>(KINDS.map((k) => [k, [0, 0]]));
  for (const conflict of gold.conflicts) {
    const verdict = judgeGoldConflict(conflict, allDisputes, allUpdates);
    const tally = byKind.get(conflict.kind) ?? [0, 0];
    tally[1]++;
    if (verdict === "FOUND" || verdict === "KEPT OUT") tally[0]++;
    byKind.set(conflict.kind, tally);
    const values = Object.entries(conflict.values).map(([value, sources]) => `"${value}" [${sources.map((f) => shortName(f)).join(", ")}]`);
    lines.push(`    ${verdict.padEnd(17)} ${conflict.kind} ${conflict.slot}: ${values.join(" | ")}`);
  }

  lines.push("  disputes raised:");
  let raised = 0;
  let raisedContradiction = 0;
  let raisedAny = 0;
  let raisedCompatible = 0;
  for (const story of run.stories.filter((s) => storyEvent(s.files, realEvent) === id)) {
    for (const dispute of story.conflicts.filter(isDispute)) {
      raised++;
      const judged = judgeDispute(dispute, gold.conflicts, gold.compatible);
      if (judged.verdict === "MATCH contradiction") raisedContradiction++;
      if (judged.verdict.startsWith("MATCH")) raisedAny++;
      if (judged.verdict === "COMPATIBLE") raisedCompatible++;
      const against =
        judged.verdict === "UNMATCHED" ? "" : ` → ${judged.verdict === "MATCH kind" ? `${judged.gold.kind} ` : ""}${judged.gold.slot} ("${judged.values[0].value}" / "${judged.values[1].value}")`;
      lines.push(`    ${judged.verdict.padEnd(19)} ${disputeText(dispute)}${against}`);
    }
  }
  if (raised === 0) lines.push("    (none)");

  const missed = gold.facts.filter((fact) => !factFound(fact, allFacts));
  lines.push(`  missed facts (${missed.length} of ${gold.facts.length}):`);
  for (const fact of missed) lines.push(`    ${fact.slot} = ${fact.value} [${fact.sources.length} reports]`);

  const injected = await injectEvent(id, gold, files, lines);
  return {
    id,
    reports: files.length,
    stories: stories.length,
    facts: [gold.facts.length - missed.length, gold.facts.length],
    byKind,
    raised,
    raisedContradiction,
    raisedAny,
    raisedCompatible,
    injected,
    lines,
  };
}

/**
 * 5. For up to three gold facts with a number and three or more sources: change the number in one
 * source (the second listed, else the others in order) and re-run the event's reports alone.
 */
async function injectEvent(id: string, gold: GoldEvent, files: string[], lines: string[]): Promise<[number, number]> {
  lines.push("  injected:");
  let planted = 0;
  let caught = 0;
  for (const fact of gold.facts) {
    if (planted === INJECTED_PER_EVENT) break;
    const core = goldCore(fact.value);
    const number = numbersIn(core)[0];
    if (fact.sources.length < 3 || !number || dateIn(core)) continue;
    const order = [fact.sources[1]!, fact.sources[0]!, ...fact.sources.slice(2)];
    for (const source of order) {
      const document = dev!.documents.get(source);
      if (!document) continue;
      const change = plantNumber(new TextDecoder().decode(document.bytes), number.value);
      if (!change) continue;
      planted++;
      const documents = files.map((file) => (file === source ? { ...document, bytes: new TextEncoder().encode(change.text) } : dev!.documents.get(file)!));
      const result = await runCheck(documents);
      const found = result.stories.some((s) => s.conflicts.filter(isDispute).some((c) => plantedRaised(c, String(change.value), source, fact.value)));
      if (found) caught++;
      lines.push(`    ${(found ? "CAUGHT" : "MISSED").padEnd(7)} ${fact.slot}: "${change.from}" → "${change.to}" in ${shortName(source)}`);
      break;
    }
  }
  if (planted === 0) lines.push("    (no gold fact with a number stated in three reports could be planted)");
  return [caught, planted];
}

/** A dispute with the planted value on the changed report's side and the original on another side. */
function plantedRaised(dispute: ScoredConflict, value: string, source: string, original: string): boolean {
  const states = (p: Stated, expected: string) => valuesMatch(expected, p.value) || valuesMatch(expected, p.display);
  return dispute.positions.some((p, i) => p.files.includes(source) && states(p, value) && dispute.positions.some((q, j) => j !== i && states(q, original)));
}

function disputeText(dispute: ScoredConflict): string {
  const sides = dispute.positions.map((p) => `"${p.display}" [${p.files.map((f) => shortName(f)).join(", ")}]`);
  return `${dispute.key}: ${sides.join(" | ")}`;
}

/** "texas-floods-2025-07__upi.com.txt" → "upi.com". */
function shortName(file: string): string {
  return file.replace(/^.*?__/, "").replace(/\.txt$/, "");
}

function printTable(rows: EventScore[]): void {
  const nearMisses = selected.filter((file) => isNearMiss(eventOf(file))).length;
  console.log(`Real-news benchmark: ${selected.length} reports (${selected.length - nearMisses} of ${rows.length} events, ${nearMisses} near misses), ${run.stories.length} stories; ${run.failed.length} skipped; check took ${checkSeconds.toFixed(1)} s`);
  console.log("event                               reports stories  facts   contra  updates  kept  raised  match  injected");
  for (const row of rows) {
    const kept = sum([...row.byKind].filter(([k]) => k !== "contradiction" && k !== "update").map(([, t]) => t));
    console.log(
      [
        row.id.padEnd(36),
        String(row.reports).padStart(7),
        String(row.stories).padStart(7),
        ratio(row.facts).padStart(6),
        ratio(row.byKind.get("contradiction")!).padStart(8),
        ratio(row.byKind.get("update")!).padStart(8),
        ratio(kept).padStart(5),
        String(row.raised).padStart(7),
        String(row.raisedAny).padStart(6),
        ratio(row.injected).padStart(9),
      ].join(" "),
    );
  }
  if (options.verbose) for (const row of rows) console.log(["", ...row.lines].join("\n"));
}

function printTotals(rows: EventScore[]): void {
  const facts = sum(rows.map((r) => r.facts));
  const kind = (k: GoldKind) => sum(rows.map((r) => r.byKind.get(k) ?? [0, 0]));
  const others = sum(KINDS.filter((k) => k !== "contradiction" && k !== "update").map(kind));
  const raised = rows.reduce((n, r) => n + r.raised, 0);
  const share = (n: number) => (raised === 0 ? "n/a" : (n / raised).toFixed(3));
  console.log("\ngold differences by kind (found: raised for contradictions, a timeline for updates, kept out of disputes for the rest)");
  for (const k of KINDS) console.log(`  ${k.padEnd(18)} ${ratio(kind(k)).padStart(6)}  ${rate(kind(k))}`);
  console.log("\ntotals");
  console.log(`clustering BCubed P ${clustering.precision.toFixed(3)} R ${clustering.recall.toFixed(3)} F1 ${clustering.f1.toFixed(3)}`);
  console.log(`facts with value: ${ratio(facts)} (${rate(facts)})`);
  console.log(`contradictions found: ${ratio(kind("contradiction"))} (${rate(kind("contradiction"))})`);
  console.log(`updates as timelines: ${ratio(kind("update"))} (${rate(kind("update"))})`);
  console.log(`other differences kept out: ${ratio(others)}`);
  console.log(
    `disputes raised: ${raised}; match a gold contradiction: ${share(rows.reduce((n, r) => n + r.raisedContradiction, 0))}; ` +
      `match any gold difference: ${share(rows.reduce((n, r) => n + r.raisedAny, 0))}; on compatible values: ${rows.reduce((n, r) => n + r.raisedCompatible, 0)}`,
  );
  const injected = sum(rows.map((r) => r.injected));
  console.log(`injected caught: ${ratio(injected)} (${rate(injected)})`);
  console.log(`quotes not exact: ${run.quotesNotExact}`);
}

function sum(pairs: [number, number][]): [number, number] {
  return pairs.reduce<[number, number]>((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
}

function ratio([x, y]: [number, number]): string {
  return `${x}/${y}`;
}

function rate([x, y]: [number, number]): string {
  return y === 0 ? "n/a" : (x / y).toFixed(3);
}
