/**
 * Where the throughput benchmark's time goes: the same generated reports (bench/generate-events.ts)
 * taken through each stage in this one thread, with the CPU time of each stage. bench/throughput.ts
 * runs extraction and analysis in worker threads, so its CPU figure mixes every thread (and the
 * isolates' own start-up, compilation and garbage collection); this one says which stage to work on.
 * With PROFILE=file.cpuprofile, a V8 CPU profile of the stages (not of generating the reports) is
 * written there. The clock is read once per stage: reading it costs a system call, and per report
 * that call showed as a fifth of a profile on this machine.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { extractArticleFields, withLazyLanguage, type ArticleFields } from "../src/extract/index.js";
import { analyzeArticle } from "../src/analyze/index.js";
import { clusterStories } from "../src/cluster/index.js";
import { alignStory } from "../src/align/index.js";
import { isCorroborateError } from "../src/errors.js";
import { loadStorySets } from "./story-sets.js";
import { generateReports } from "./generate-events.js";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
/** Reports taken through extraction and analysis first, so that loading the models and compiling the code fall outside the stages. */
const WARM_UP_REPORTS = 30;

const documents = [...generateReports(await loadStorySets(), REPORTS)];
for (const document of documents.slice(0, WARM_UP_REPORTS)) {
  const fields = extractOrSkip(document);
  if (fields) analyzeArticle(withLazyLanguage(fields));
}
const profiler = process.env.PROFILE ? await startProfiler() : null;
const stages: [string, number][] = [];
const timed = <T>(stage: string, run: () => T): T => {
  const start = cpuMs();
  const result = run();
  stages.push([stage, cpuMs() - start]);
  return result;
};
const extracted = timed("extract", () => documents.map(extractOrSkip).filter((fields) => fields !== null));
const analyzed = timed("analyze", () => extracted.map((fields) => analyzeArticle(withLazyLanguage(fields))));
const stories = timed("cluster", () => clusterStories(analyzed));
timed("align", () => stories.map(alignStory));
if (profiler) writeFileSync(process.env.PROFILE!, JSON.stringify((await profiler.post("Profiler.stop")).profile));

const total = stages.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`Throughput stages: ${analyzed.length} of ${documents.length} generated reports analysed, ${stories.length} stories, in one thread`);
for (const [stage, ms] of stages) console.log(`${stage.padEnd(8)} ${(ms / 1000).toFixed(2)} s CPU  ${((100 * ms) / total).toFixed(1)}%`);
console.log(`reports per CPU second: ${Math.round(analyzed.length / (total / 1000))}`);

/** A report extraction refuses (no text left) is left out, as `check` lists it apart. */
function extractOrSkip(document: (typeof documents)[number]): ArticleFields | null {
  try {
    return extractArticleFields(document);
  } catch (error) {
    if (isCorroborateError(error)) return null;
    throw error;
  }
}

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return session;
}

/** CPU time of this process (user + system), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
