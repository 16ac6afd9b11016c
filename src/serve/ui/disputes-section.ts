import type { AlignedStory, Conflict, ConflictPosition } from "../../types.js";
import { slotLabel } from "../../report/labels.js";
import { html, type SafeHtml } from "./html.js";
import { countOf, formatValue } from "./format.js";
import { renderEvidenceList } from "./evidence.js";
import { renderChecks } from "./fact-line.js";
import { independentSources, type ReportIndex } from "./report-index.js";

/** Each disputed point with its values side by side, every report's sentence shown in its context. */
export function renderDisputesSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const { conflicts } = aligned;
  return html`<section class="story-section" id="disputes" aria-labelledby="disputes-title">
    <h2 id="disputes-title">Disputes <span class="section-count">${countOf(conflicts.length, "point")}</span></h2>
    ${conflicts.length > 0
      ? html`<p class="section-lede">Values that cannot all be true. Each report’s sentence is shown with the sentences around it.</p>
    ${conflicts.map((conflict, i) => renderConflict(conflict, i, aligned, index))}`
      : html`<p class="empty">No contradictions found between the reports.</p>`}
  </section>`;
}

function renderConflict(conflict: Conflict, i: number, aligned: AlignedStory, index: ReportIndex): SafeHtml {
  return html`<article class="dispute" id="dispute-${i + 1}">
    <header class="dispute-head">
      <h3><span class="badge badge-disputed">Disputed</span> ${slotLabel(conflict.key)}</h3>
    </header>
    <div class="positions">${conflict.positions.map((position) => renderPosition(position, conflict, aligned, index))}</div>
  </article>`;
}

function renderPosition(position: ConflictPosition, conflict: Conflict, aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const articles = position.support.map((e) => e.article);
  const outlets = independentSources(index, articles);
  const fact = aligned.facts.find((f) => f.status === "disputed" && f.key === conflict.key && f.value === position.value);
  return html`<section class="position">
    <header class="position-head">
      <span class="position-value">${formatValue(conflict.kind, position.display)}</span>
      <span class="position-support">${countOf(outlets, "outlet")}${articles.length > outlets ? html` · ${countOf(articles.length, "report")}` : ""}</span>
      ${fact ? renderChecks(fact) : ""}
    </header>
    ${renderEvidenceList(position.support, index, { context: true })}
  </section>`;
}
