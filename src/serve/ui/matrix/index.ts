/** The agreement matrix: which report agrees or disagrees with which, as a table and as cards. */
export { renderMatrixSection } from "./matrix-section.js";
