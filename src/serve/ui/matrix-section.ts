import { html, type SafeHtml } from "./html.js";
import { formatDate, formatValue } from "./format.js";
import { buildMatrix, type MatrixCell, type MatrixRow } from "./matrix.js";
import type { ReportEntry, ReportIndex } from "./report-index.js";
import { evidenceHref } from "./evidence.js";
import type { AlignedStory } from "../../types.js";

/** What each state shows: a symbol and a word, so that the table reads the same without colour. */
const CELL_TEXT: Readonly<Record<MatrixCell["state"], string>> = { agrees: "✓ agrees", contradicts: "✗ contradicts", silent: "– silent" };

/** Facts × reports, every stating cell linked to its sentence in the Reports section. */
export function renderMatrixSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const matrix = buildMatrix(aligned, index);
  const empty = matrix.agreed.length === 0 && matrix.disputed.length === 0;
  return html`<section class="story-section" id="matrix-section" aria-labelledby="matrix-title">
    <h2 id="matrix-title">Matrix</h2>
    ${empty
      ? html`<p class="empty">No fact is stated by two or more independent reports, and none is disputed.</p>`
      : html`${matrix.disputed.length > 0 && matrix.agreed.length > 0
          ? html`<div class="matrix-toolbar" hidden data-enhance="matrix-filter"><label><input type="checkbox" id="matrix-only-disputed"> Only disputed rows</label></div>`
          : ""}
    <div class="matrix-scroll">
      <table id="matrix" class="matrix">
        <caption>Which report states each fact: ✓ agrees, ✗ contradicts, – silent. Select a cell to read the report’s sentence.</caption>
        <thead><tr><th scope="col" class="matrix-corner">Fact</th>${index.ordered.map(renderColumnHeader)}</tr></thead>
        ${matrix.disputed.map(
          (point) => html`<tbody class="matrix-group" data-group="disputed">
            <tr class="matrix-group-head"><th scope="colgroup" colspan="${index.ordered.length + 1}"><span class="badge badge-disputed">Disputed</span> ${point.label}</th></tr>
            ${point.rows.map((row) => renderRow(row, index, false))}
          </tbody>`,
        )}
        ${matrix.agreed.length > 0
          ? html`<tbody class="matrix-group" data-group="agreed">
            <tr class="matrix-group-head"><th scope="colgroup" colspan="${index.ordered.length + 1}"><span class="badge badge-agreed">Agreed</span> by two or more independent reports</th></tr>
            ${matrix.agreed.map((row) => renderRow(row, index, true))}
          </tbody>`
          : ""}
      </table>
    </div>`}
  </section>`;
}

function renderColumnHeader(report: ReportEntry): SafeHtml {
  const { published, title } = report.analyzed.article;
  return html`<th scope="col" class="matrix-report" title="${title}">
    <span class="matrix-report-name">${report.name}</span>
    ${published ? html`<time datetime="${published}">${formatDate(published)}</time>` : html`<span class="muted">undated</span>`}
  </th>`;
}

function renderRow(row: MatrixRow, index: ReportIndex, withLabel: boolean): SafeHtml {
  const value = formatValue(row.kind, row.display);
  return html`<tr>
    <th scope="row" class="matrix-fact">${withLabel ? html`<span class="matrix-fact-label">${row.label}</span> ` : ""}<span class="matrix-fact-value">${value}</span></th>
    ${row.cells.map((cell) => renderCell(cell, row, index))}
  </tr>`;
}

function renderCell(cell: MatrixCell, row: MatrixRow, index: ReportIndex): SafeHtml {
  const name = index.byId.get(cell.article)?.name ?? cell.article;
  const value = formatValue(row.kind, row.display);
  const instead = cell.instead === undefined ? "" : formatValue(row.kind, cell.instead);
  const phrase = {
    agrees: `${name} states ${row.label}: ${value}`,
    contradicts: `${name} contradicts ${row.label}: ${value}; it says ${instead}`,
    silent: `${name} does not state ${row.label}`,
  }[cell.state];
  const content = html`<span class="cell-text" aria-hidden="true">${CELL_TEXT[cell.state]}</span>${instead ? html`<span class="cell-note" aria-hidden="true">says ${instead}</span>` : ""}<span class="visually-hidden">${phrase}</span>`;
  const href = cell.evidence ? evidenceHref(cell.evidence, index) : null;
  return html`<td class="cell cell-${cell.state}" data-state="${cell.state}" data-article="${cell.article}">${href ? html`<a href="${href}">${content}</a>` : content}</td>`;
}
