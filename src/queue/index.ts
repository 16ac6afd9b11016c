export { openQueue, enqueueDocuments, queueCounts, type QueueCounts } from "./report-queue.js";
export { DEFAULT_JOB_TIMEOUT_SECONDS } from "./job-timeout.js";
export { runWorker, type JobEvent, type WorkerOptions } from "./report-worker.js";
export { failedReports } from "./failed-reports.js";
