/** Who stands behind a fact: the independent sources among the reports that state it. */
export * from "./independence.js";
export * from "./sources.js";
