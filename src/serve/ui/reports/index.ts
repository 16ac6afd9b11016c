/** The reports section: each report's text with its sentences marked by role, and what was removed. */
export { renderReportsSection } from "./reports-section.js";
