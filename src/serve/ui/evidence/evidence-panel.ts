import { html, type SafeHtml } from "../kit/index.js";

/**
 * The panel where app.js opens an evidence sentence: beside the page on wide screens, a sheet from
 * the bottom on phones. Empty and hidden as served (the links it replaces work without scripts);
 * app.js fills it from the sentence in the Reports section and the report's data attributes.
 */
export function renderEvidencePanel(): SafeHtml {
  return html`<div class="evidence-panel" id="evidence-panel" role="dialog" aria-modal="false" aria-labelledby="evidence-panel-title" hidden>
    <div class="evidence-panel-head">
      <h2 class="evidence-panel-title" id="evidence-panel-title" tabindex="-1" data-panel-name>Evidence</h2>
      <button type="button" class="evidence-panel-close" data-panel-close aria-label="Close the evidence panel">×</button>
    </div>
    <p class="evidence-panel-meta" data-panel-meta></p>
    <blockquote class="evidence-panel-text" data-panel-text></blockquote>
    <div class="evidence-panel-cite">
      <label for="evidence-citation">Citation</label>
      <textarea id="evidence-citation" rows="5" readonly data-panel-citation></textarea>
      <div class="evidence-panel-actions">
        <button type="button" class="button" data-panel-copy>Copy citation</button>
        <span class="evidence-panel-copied" role="status" data-panel-copied></span>
        <a class="evidence-panel-report" href="#reports" data-panel-report>Read the whole report</a>
      </div>
    </div>
  </div>`;
}
