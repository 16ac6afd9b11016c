/** When a figure holds: the hour or day it was given for, whether it is still moving or provisional, or an earlier year's. */
export * from "./earlier-figure.js";
export * from "./provisional.js";
export * from "./running.js";
export * from "./stated-time.js";
