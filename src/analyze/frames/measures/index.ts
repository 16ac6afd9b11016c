/** What a figure measures: the head noun and unit it counts, kinds counted alike, and numbers that count nothing. */
export * from "./counted-kind.js";
export * from "./measure.js";
export * from "./not-counts.js";
export * from "./unit-measure.js";
