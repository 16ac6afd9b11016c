/** Corroborate as a library: the pipeline, each stage's entry, and the report renderers. */
export { checkInputs, checkDocuments, type CheckResult } from "./pipeline.js";
export { collectInputs, makeDocument } from "./ingest/index.js";
export { extractArticle } from "./extract/index.js";
export { analyzeArticle } from "./analyze/index.js";
export { clusterStories } from "./cluster/index.js";
export { alignStory } from "./align/index.js";
export { toJsonReport, storyToJson, renderBrief, renderMarkdown, JSON_VERSION } from "./report/index.js";
export { CorroborateError, isCorroborateError, type ErrorCode } from "./errors.js";
export type * from "./types.js";
