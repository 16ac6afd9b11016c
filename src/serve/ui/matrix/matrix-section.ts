import { html, type SafeHtml } from "../kit/index.js";
import { formatDate, formatValue } from "../kit/index.js";
import { buildMatrix, type MatrixCell, type MatrixRow } from "./matrix.js";
import { againstLine, type ReportEntry, type ReportIndex } from "../kit/index.js";
import { renderEvidenceLink } from "../evidence/index.js";
import { renderReportCards } from "./report-cards.js";
import type { AlignedStory } from "../../../types.js";

/** What a cell shows besides a disputed value: a symbol and a word, so the table reads the same without colour. */
const CELL_TEXT: Readonly<Record<Exclude<MatrixCell["state"], "disputes">, string>> = { agrees: "✓ states", silent: "– silent" };

/**
 * Facts × reports: disputed points first, one row each with every report's value, then the agreed
 * facts. Every stating cell opens its sentence (app.js: in the evidence panel; without scripts, in
 * the Reports section). On phones the table gives way to one card per report.
 */
export function renderMatrixSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const matrix = buildMatrix(aligned, index);
  const empty = matrix.agreed.length === 0 && matrix.disputed.length === 0;
  return html`<section class="story-section" id="matrix-section" aria-labelledby="matrix-title">
    <div class="section-head">
      <h2 id="matrix-title">Who says what</h2>
      ${matrix.disputed.length > 0 && matrix.agreed.length > 0
        ? html`<div class="matrix-toolbar" hidden data-enhance="matrix-filter"><label><input type="checkbox" id="matrix-only-disputed"> Only disputed points</label></div>`
        : ""}
    </div>
    ${empty
      ? html`<p class="empty">No fact is stated by two or more independent reports, and none is disputed.</p>`
      : html`<p class="section-lede">Each report’s value for every disputed point, and which reports state each agreed fact (✓ states, – silent). Select a cell to read the report’s sentence.</p>
    <div class="matrix-scroll">
      <table id="matrix" class="matrix" data-grid>
        <caption class="visually-hidden">Facts by report: each report’s value for every disputed point, then whether it states each agreed fact</caption>
        <thead><tr><th scope="col" class="matrix-corner">Point</th>${index.ordered.map(renderColumnHeader)}</tr></thead>
        ${matrix.disputed.length > 0 ? html`<tbody class="matrix-group" data-group="disputed">${matrix.disputed.map((row) => renderRow(row, index))}</tbody>` : ""}
        ${matrix.agreed.length > 0 ? html`<tbody class="matrix-group" data-group="agreed">${matrix.agreed.map((row) => renderRow(row, index))}</tbody>` : ""}
      </table>
    </div>
    ${renderReportCards(matrix, index)}`}
  </section>`;
}

function renderColumnHeader(report: ReportEntry): SafeHtml {
  const { published, title } = report.analyzed.article;
  const against = againstLine(report);
  return html`<th scope="col" class="matrix-report" title="${title}">
    <span class="matrix-report-name">${report.name}</span>
    ${published ? html`<time datetime="${published}">${formatDate(published)}</time>` : html`<span class="matrix-report-meta">undated</span>`}
    ${against ? html`<span class="matrix-against">${against}</span>` : ""}
  </th>`;
}

function renderRow(row: MatrixRow, index: ReportIndex): SafeHtml {
  return html`<tr>
    <th scope="row" class="matrix-fact">${row.disputed
      ? html`<span class="matrix-fact-value">${row.label}</span> <span class="badge badge-disputed">disputed</span>`
      : html`<span class="matrix-fact-label">${row.label}</span> <span class="matrix-fact-value">${formatValue(row.kind, row.display ?? "")}</span>`}</th>
    ${row.cells.map((cell) => renderCell(cell, row, index))}
  </tr>`;
}

function renderCell(cell: MatrixCell, row: MatrixRow, index: ReportIndex): SafeHtml {
  const name = index.byId.get(cell.article)?.name ?? cell.article;
  const value = formatValue(row.kind, cell.display ?? "");
  const phrase = {
    agrees: `${name} states ${row.label}: ${value}`,
    disputes: `${name} gives ${row.label} as ${value}, against other reports`,
    silent: `${name} does not state ${row.label}`,
  }[cell.state];
  const shown = cell.state === "disputes" ? value : CELL_TEXT[cell.state];
  const content = html`<span class="cell-text" aria-hidden="true">${shown}</span><span class="visually-hidden">${phrase}</span>`;
  return html`<td class="cell cell-${cell.state}" data-state="${cell.state}" data-article="${cell.article}">${cell.evidence ? renderEvidenceLink(cell.evidence, index, content, "cell-link") : content}</td>`;
}
