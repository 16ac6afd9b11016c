import type { AlignedStory } from "../../types.js";
import { summariseStory } from "../../report/story-list.js";
import { html, type SafeHtml } from "./html.js";
import { formatDateRange } from "./format.js";
import { renderLayout } from "./layout.js";
import { indexReports } from "./report-index.js";
import { agreedFacts, singleSourceFacts } from "./story-facts.js";
import { renderConsensusSection } from "./consensus-section.js";
import { renderMatrixSection } from "./matrix-section.js";
import { renderDisputesSection } from "./disputes-section.js";
import { renderSingleSourceSection } from "./single-source-section.js";
import { renderUpdatesSection } from "./updates-section.js";
import { renderReportsSection } from "./reports-section.js";

/**
 * One story: its headline and counts, then
 *  1. consensus, 2. the facts × reports matrix, 3. disputes, 4. single-source claims,
 *  5. updates (when counts moved between days), 6. every report in full, the target of all evidence links.
 */
export function renderStoryPage(aligned: AlignedStory): string {
  const index = indexReports(aligned);
  const summary = summariseStory(aligned);
  const reprintGroups = aligned.story.reprintGroups.length;
  const hasUpdates = aligned.updates.length > 0;
  const sections: { id: string; label: string; count?: number }[] = [
    { id: "consensus", label: "Consensus", count: agreedFacts(aligned).length },
    { id: "matrix-section", label: "Matrix" },
    { id: "disputes", label: "Disputes", count: aligned.conflicts.length },
    { id: "single-source", label: "Single-source", count: singleSourceFacts(aligned).length },
    ...(hasUpdates ? [{ id: "updates", label: "Updates", count: aligned.updates.length }] : []),
    { id: "reports", label: "Reports", count: summary.reports },
  ];
  return renderLayout({
    title: summary.headline,
    section: "stories",
    wide: true,
    main: html`<header class="story-head">
      <p class="story-kicker">Story <code>${aligned.story.id}</code> · ${formatDateRange(summary.firstPublished, summary.lastPublished)}</p>
      <h1>${summary.headline}</h1>
      <dl class="stats">
        ${renderStat("Reports", summary.reports)}
        ${renderStat("Independent outlets", summary.independentOutlets)}
        ${renderStat("Disputed points", summary.disputed, summary.disputed > 0 ? "stat-alert" : "")}
        ${reprintGroups > 0 ? renderStat("Reprint groups", reprintGroups) : ""}
      </dl>
    </header>
    <nav class="section-nav" aria-label="Sections of this story">
      ${sections.map(({ id, label, count }) => html`<a href="#${id}">${label}${count === undefined ? "" : html` <span class="nav-count">${count}</span>`}</a>`)}
    </nav>
    ${renderConsensusSection(aligned, index)}
    ${renderMatrixSection(aligned, index)}
    ${renderDisputesSection(aligned, index)}
    ${renderSingleSourceSection(aligned, index)}
    ${hasUpdates ? renderUpdatesSection(aligned, index) : ""}
    ${renderReportsSection(aligned, index)}`,
  });
}

function renderStat(label: string, value: number, modifier = ""): SafeHtml {
  return html`<div class="${`stat ${modifier}`.trim()}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

