/** The story page's finding sections: agreed facts, disputes, single-source claims, updates. */
export { renderConsensusSection } from "./consensus-section.js";
export { renderDisputesSection } from "./disputes-section.js";
export { renderSingleSourceSection } from "./single-source-section.js";
export { renderUpdatesSection } from "./updates-section.js";
