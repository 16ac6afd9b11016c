export { openQueue, enqueueDocuments, queueCounts, DEFAULT_JOB_TIMEOUT_SECONDS, type QueueCounts } from "./report-queue.js";
export { runWorker, type JobEvent, type WorkerOptions } from "./report-worker.js";
export { failedReports } from "./failed-reports.js";
