import type { TimeBudget } from "../src/config.js";

/**
 * The time budget for benchmarks of what is found, not of speed: on a busy machine no report may
 * be skipped as too slow, or the figures would measure the load.
 */
export const NO_TIME_LIMIT: TimeBudget = { secondsPerMb: 600, minSeconds: 600 };
