/**
 * Seconds a job may run before it counts as lost and is taken again: how a job whose worker died
 * is found. Placing a report takes milliseconds and a large page well under a second, so two
 * minutes leaves a wide margin; ingest --job-timeout changes it.
 */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 120;
