import type { AlignedStory } from "../../../types.js";
import { summariseStory } from "../../../report/story-list.js";
import { html, type SafeHtml } from "../kit/index.js";
import { formatDateRange } from "../kit/index.js";
import { renderLayout } from "../kit/index.js";
import { indexReports } from "../kit/index.js";
import { agreedFacts } from "../../../report/agreed-facts.js";
import { singleSourceClaims } from "../../../report/single-source.js";
import { renderConsensusSection } from "../facts/index.js";
import { renderMatrixSection } from "../matrix/index.js";
import { renderDisputesSection } from "../facts/index.js";
import { renderSingleSourceSection } from "../facts/index.js";
import { renderUpdatesSection } from "../facts/index.js";
import { renderReportsSection } from "../reports/index.js";
import { renderEvidencePanel } from "../evidence/index.js";
import { storyExportPath } from "../kit/index.js";

/**
 * Characters past which a headline is set smaller: with no title, a report's lead sentence (often
 * two lines of print or more) stands in for one, and at title size it fills the first screen of a phone.
 */
const LONG_HEADLINE = 100;

/**
 * One story, the verdict first: its headline and counts, then
 *  1. the disputed points, 2. the latest figure of every count that moved, 3. the consensus,
 *  4. single-source claims, 5. the facts × reports matrix, 6. every report in full, the target of
 *  all evidence links (and the source the evidence panel reads sentences from).
 */
export function renderStoryPage(aligned: AlignedStory): string {
  const index = indexReports(aligned);
  const summary = summariseStory(aligned);
  const reprintGroups = aligned.story.reprintGroups.length;
  const hasUpdates = aligned.updates.length > 0;
  const sections: { id: string; label: string; count?: number }[] = [
    { id: "disputes", label: "Disputed", count: aligned.conflicts.length },
    ...(hasUpdates ? [{ id: "updates", label: "Latest figures", count: aligned.updates.length }] : []),
    { id: "consensus", label: "Consensus", count: agreedFacts(aligned).length },
    { id: "single-source", label: "Single-source", count: singleSourceClaims(aligned).length },
    { id: "matrix-section", label: "Who says what" },
    { id: "reports", label: "Reports", count: summary.reports },
  ];
  const id = aligned.story.id;
  return renderLayout({
    title: summary.headline,
    section: "stories",
    wide: true,
    main: html`<header class="story-head">
      <p class="story-kicker">Story <code>${id}</code> · ${formatDateRange(summary.firstPublished, summary.lastPublished)}</p>
      <h1${summary.headline.length > LONG_HEADLINE ? html` class="headline-long"` : ""}>${summary.headline}</h1>
      <div class="story-head-row">
        <dl class="stats">
          ${renderStat("Reports", summary.reports)}
          ${renderStat("Independent outlets", summary.independentOutlets)}
          ${renderStat("Disputed points", summary.disputed, summary.disputed > 0 ? "stat-alert" : "")}
          ${reprintGroups > 0 ? renderStat("Reprint groups", reprintGroups) : ""}
        </dl>
        <p class="export">Download <a href="${storyExportPath(id, "md")}" download>Markdown</a> <a href="${storyExportPath(id, "json")}" download>JSON</a></p>
      </div>
    </header>
    <nav class="section-nav" aria-label="Sections of this story">
      ${sections.map(({ id, label, count }) => html`<a href="#${id}">${label}${count === undefined ? "" : html` <span class="nav-count">${count}</span>`}</a>`)}
    </nav>
    ${renderDisputesSection(aligned, index)}
    ${hasUpdates ? renderUpdatesSection(aligned, index) : ""}
    ${renderConsensusSection(aligned, index)}
    ${renderSingleSourceSection(aligned, index)}
    ${renderMatrixSection(aligned, index)}
    ${renderReportsSection(aligned, index)}
    ${renderEvidencePanel()}`,
  });
}

function renderStat(label: string, value: number, modifier = ""): SafeHtml {
  return html`<div class="${`stat ${modifier}`.trim()}"><dt>${label}</dt><dd>${value}</dd></div>`;
}
