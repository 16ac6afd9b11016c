/**
 * Statements worded differently that say one thing, brought onto one key before bucketing: a figure
 * and its owner's scope, bare and narrowed measures, roles without an owner, one clock moment, short
 * forms of a name, one distinctive figure under two nouns, dates no event word owns, and what a statement implies.
 */
export * from "./bare-roles.js";
export * from "./clock-moments.js";
export * from "./derive.js";
export * from "./distinctive-figures.js";
export * from "./earlier-days.js";
export * from "./earlier-events.js";
export * from "./frame-scope.js";
export * from "./measure-families.js";
export * from "./modified-measures.js";
export * from "./name-variants.js";
export * from "./unkeyed-dates.js";
