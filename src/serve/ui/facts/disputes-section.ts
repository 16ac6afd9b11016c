import type { AlignedStory, Conflict, ConflictPosition } from "../../../types.js";
import { slotLabel } from "../../../report/labels.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatValue } from "../kit/index.js";
import { renderEvidenceList } from "../evidence/index.js";
import { renderEvidenceLink } from "../evidence/index.js";
import { renderChecks } from "./fact-line.js";
import { independentSources, type ReportIndex } from "../kit/index.js";

/**
 * The verdict's first part: each disputed point once, its values side by side with every report
 * that gives each and its sentence, the claim's words marked. A value or a report's name opens the
 * sentence with its neighbours in the evidence panel.
 */
export function renderDisputesSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const { conflicts } = aligned;
  return html`<section class="story-section" id="disputes" aria-labelledby="disputes-title">
    <h2 id="disputes-title">Disputed points <span class="section-count">${countOf(conflicts.length, "point")}</span></h2>
    ${conflicts.length > 0
      ? html`<p class="section-lede">Values that cannot all be true, each with the reports that give it. Select a value or a report to read its sentence in context.</p>
    ${conflicts.map((conflict, i) => renderConflict(conflict, i, aligned, index))}`
      : html`<p class="empty">No contradictions found between the reports.</p>`}
  </section>`;
}

function renderConflict(conflict: Conflict, i: number, aligned: AlignedStory, index: ReportIndex): SafeHtml {
  return html`<article class="dispute" id="dispute-${i + 1}" aria-labelledby="dispute-${i + 1}-title">
    <h3 class="dispute-title" id="dispute-${i + 1}-title">${slotLabel(conflict.key, conflict.subject)}</h3>
    <div class="positions">${conflict.positions.map((position) => renderPosition(position, conflict, aligned, index))}</div>
  </article>`;
}

function renderPosition(position: ConflictPosition, conflict: Conflict, aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const articles = position.support.map((e) => e.article);
  const outlets = independentSources(index, articles);
  const fact = aligned.facts.find((f) => f.status === "disputed" && f.key === conflict.key && f.value === position.value);
  const value = formatValue(conflict.kind, position.display);
  const first = position.support[0];
  return html`<div class="position">
    <p class="position-head">
      ${first ? renderEvidenceLink(first, index, value, "position-value") : html`<span class="position-value">${value}</span>`}
      <span class="position-support">${countOf(outlets, "outlet")}${articles.length > outlets ? html` · ${countOf(articles.length, "report")}` : ""}</span>
      ${fact ? renderChecks(fact) : ""}
    </p>
    ${renderEvidenceList(position.support, index)}
  </div>`;
}
