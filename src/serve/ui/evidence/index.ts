/** Links from a finding to the exact sentences behind it, and the panel that shows them. */
export { renderEvidenceLink } from "./evidence-link.js";
export { renderEvidencePanel } from "./evidence-panel.js";
export { renderEvidenceList, renderSourceLink } from "./evidence.js";
