/**
 * Values on one key judged against each other: agreed, a contradiction, an update over time, a
 * rounding or range, or different subjects; and how each bucket is shown.
 */
export * from "./arithmetic.js";
export * from "./buckets.js";
export * from "./conflicts.js";
export * from "./context.js";
export * from "./display.js";
export * from "./report-era.js";
export * from "./slots.js";
