// The analysis worker when Corroborate runs from its TypeScript sources (tests, benchmarks, under
// `node --import tsx`). A worker thread does not reliably inherit the tsx loader from its parent
// (on Node 20 its first imports can race the inherited --import), so it registers tsx itself
// before loading the worker. Built code (dist/) loads analysis-worker.js directly.
import { register } from "tsx/esm/api";

register();
const { default: runAnalysisTask } = await import("./analysis-worker.ts");

export default runAnalysisTask;
