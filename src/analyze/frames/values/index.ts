/** Values as news writes them: amounts and counts in digits or words, clock times, ordinal words. */
export * from "./clock-time.js";
export * from "./ordinal-words.js";
export * from "./value-parse.js";
