import type { AlignedStory, Update } from "../../types.js";
import { timelineLine, UNDATED } from "../../report/labels.js";
import { html, type SafeHtml } from "./html.js";
import { countOf, formatDate } from "./format.js";
import { renderSourceLink } from "./evidence.js";
import type { ReportIndex } from "./report-index.js";

/** Counts that moved between days: a timeline each, as the brief words it ("12 → 87 → 140 dead"). */
export function renderUpdatesSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  return html`<section class="story-section" id="updates" aria-labelledby="updates-title">
    <h2 id="updates-title">Updates <span class="section-count">${countOf(aligned.updates.length, "count")}</span></h2>
    <p class="section-lede">Counts that changed between reports published on different days: updates, not contradictions.</p>
    ${aligned.updates.map((update) => renderUpdate(update, index))}
  </section>`;
}

function renderUpdate(update: Update, index: ReportIndex): SafeHtml {
  return html`<div class="update">
    <h3 class="update-title">${timelineLine(update.steps, update.key).values}</h3>
    <ol class="timeline">${update.steps.map(
      (step) => html`<li class="timeline-step">
        ${step.date ? html`<time class="timeline-date" datetime="${step.date}">${formatDate(step.date)}</time>` : html`<span class="timeline-date">${UNDATED}</span>`}
        <span class="timeline-value">${step.display}</span>
        <span class="timeline-sources">${step.support.map((e) => renderSourceLink(e, index))}</span>
      </li>`,
    )}</ol>
  </div>`;
}
