import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatDate, formatValue } from "../kit/index.js";
import type { Matrix, MatrixRow } from "./matrix.js";
import { againstLine, type ReportEntry, type ReportIndex } from "../kit/index.js";
import { renderEvidenceLink } from "../evidence/index.js";

/**
 * The matrix read down one report at a time, for screens too narrow for a column per report: its
 * value for each disputed point it takes a side in, then the agreed facts it states.
 */
export function renderReportCards(matrix: Matrix, index: ReportIndex): SafeHtml {
  return html`<ol class="report-cards">${index.ordered.map((report, column) => renderCard(report, column, matrix, index))}</ol>`;
}

function renderCard(report: ReportEntry, column: number, matrix: Matrix, index: ReportIndex): SafeHtml {
  const { published } = report.analyzed.article;
  const stated = (rows: MatrixRow[]) => rows.flatMap((row) => (row.cells[column]?.evidence ? [{ row, cell: row.cells[column]! }] : []));
  const disputed = stated(matrix.disputed);
  const agreed = stated(matrix.agreed);
  const against = againstLine(report);
  return html`<li class="report-card">
    <h3 class="report-card-name">${report.name}</h3>
    <p class="report-card-meta">${published ? html`<time datetime="${published}">${formatDate(published)}</time>` : "undated"}${against ? html` · <span class="matrix-against">${against}</span>` : ""}</p>
    ${disputed.length > 0
      ? html`<dl class="report-card-points">${disputed.map(
          ({ row, cell }) => html`<div><dt>${row.label}</dt><dd>${renderEvidenceLink(cell.evidence!, index, formatValue(row.kind, cell.display ?? ""), "card-value")}</dd></div>`,
        )}</dl>`
      : ""}
    ${matrix.agreed.length > 0
      ? html`<details class="report-card-agreed">
      <summary>States ${agreed.length} of ${countOf(matrix.agreed.length, "agreed fact")}</summary>
      <ul>${agreed.map(({ row, cell }) => html`<li>${renderEvidenceLink(cell.evidence!, index, html`<span class="fact-label">${row.label}</span> <span class="fact-value">${formatValue(row.kind, row.display ?? "")}</span>`, "card-fact")}</li>`)}</ul>
    </details>`
      : ""}
  </li>`;
}
