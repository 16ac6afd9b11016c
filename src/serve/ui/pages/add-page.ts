import { html, type SafeHtml } from "../kit/index.js";
import { countOf } from "../kit/index.js";
import { formatBytes } from "../../../format-bytes.js";
import { renderLayout } from "../kit/index.js";
import { ADD_PATH, storyPath } from "../kit/index.js";
import type { StoryChange } from "./story-change.js";

/** One report's outcome after a submit. */
export interface AddResult {
  source: string;
  status: "stored" | "duplicate" | "failed";
  id?: string;
  story?: string;
  headline?: string;
  message?: string;
}

/** HTML drops one newline right after <textarea>: this one, so that a value's own first newline is kept. */
const TEXTAREA_START = "\n";

const STATUS_WORDS: Readonly<Record<AddResult["status"], string>> = { stored: "Stored", duplicate: "Already stored", failed: "Failed" };

/** The form that adds reports (paste, upload, fetch), and after a submit what became of each. */
export function renderAddPage(input: {
  maxUploadBytes: number;
  results?: AddResult[];
  /** What the stored reports changed, per story they joined or opened. */
  changes?: StoryChange[];
  error?: string;
  values?: { text?: string; url?: string; source?: string };
}): string {
  const values = input.values ?? {};
  return renderLayout({
    title: "Add reports",
    section: "add",
    main: html`<div class="page-head">
      <div>
        <h1>Add reports</h1>
        <p class="lede">Each report joins the story it belongs to, or opens a new one. The same report given twice is stored once.</p>
      </div>
    </div>
    ${input.error ? html`<div class="alert alert-error" role="alert"><strong>Nothing was added.</strong> ${input.error}</div>` : ""}
    ${input.results ? renderResults(input.results, input.changes ?? []) : ""}
    <form class="add-form" method="post" action="${ADD_PATH}" enctype="multipart/form-data" data-max-bytes="${input.maxUploadBytes}">
      <p class="add-ways-intro">Give reports in any of these ways, or several at once:</p>
      <div class="add-ways">
        <fieldset class="way">
          <legend>Paste text or HTML</legend>
          <label for="text">The report’s text, or the page’s HTML source</label>
          <textarea id="text" name="text" rows="10" spellcheck="false">${TEXTAREA_START}${values.text ?? ""}</textarea>
          <p class="hint">Page chrome (menus, share prompts, related links) is removed and shown apart.</p>
        </fieldset>
        <fieldset class="way">
          <legend><span class="way-or">or</span> upload files</legend>
          <label for="files">Saved pages or text files; choose several at once</label>
          <input type="file" id="files" name="files" multiple>
          <p class="hint">HTML (also <code>.html.gz</code>) or plain text.</p>
          <p class="hint hint-warning" data-upload-warning hidden></p>
        </fieldset>
        <fieldset class="way">
          <legend><span class="way-or">or</span> fetch web pages</legend>
          <label for="url">Page addresses (http or https), one per line</label>
          <textarea id="url" name="url" rows="4" spellcheck="false" placeholder="https://">${TEXTAREA_START}${values.url ?? ""}</textarea>
          <p class="hint">Only public addresses are fetched.</p>
        </fieldset>
      </div>
      <div class="add-footer">
        <div class="field">
          <label for="source">Name for the report <span class="muted">(optional)</span></label>
          <input type="text" id="source" name="source" value="${values.source ?? ""}" placeholder="e.g. harbour-gazette-2026-03-04">
          <p class="hint">Used for pasted text or a single file; otherwise the file name or address is used.</p>
        </div>
        <div class="submit-row">
          <button type="submit" class="button button-primary">Add reports</button>
          <p class="hint">Up to ${formatBytes(input.maxUploadBytes)} per submission.</p>
        </div>
      </div>
    </form>`,
  });
}

function renderResults(results: AddResult[], changes: StoryChange[]): SafeHtml {
  const counts = (["stored", "duplicate", "failed"] as const)
    .map((status) => [status, results.filter((r) => r.status === status).length] as const)
    .filter(([, n]) => n > 0);
  return html`<section class="results" aria-labelledby="results-title">
    <h2 id="results-title">${countOf(results.length, "report")} processed
      <span class="results-counts">${counts.map(([status, n]) => html`<span class="badge badge-${status}">${n} ${STATUS_WORDS[status].toLowerCase()}</span>`)}</span>
    </h2>
    ${changes.length > 0 ? html`<ul class="change-list">${changes.map(renderChange)}</ul>` : ""}
    <ul class="result-list">${results.map(renderResult)}</ul>
  </section>`;
}

/** "Opened a new story" or "Joined …", then the disputes and agreed facts that are new because of it. */
function renderChange(change: StoryChange): SafeHtml {
  const link = html`<a class="change-story" href="${storyPath(change.story)}">${change.headline}</a>`;
  const lines: SafeHtml[] = [];
  if (change.newDisputes.length > 0) lines.push(html`<li class="change-disputed">New disputed ${change.newDisputes.length === 1 ? "point" : "points"}: ${change.newDisputes.join(", ")}</li>`);
  if (change.joinedDisputes.length > 0) lines.push(html`<li>Takes a side on ${change.joinedDisputes.length === 1 ? "the disputed point" : "the disputed points"} ${change.joinedDisputes.join(", ")}</li>`);
  if (change.newAgreed.length > 0) lines.push(html`<li class="change-agreed">Newly agreed: ${change.newAgreed.join(", ")}</li>`);
  if (change.single > 0) lines.push(html`<li>${countOf(change.single, "claim")} no other report makes</li>`);
  if (lines.length === 0) lines.push(html`<li>No new disputed point or agreed fact</li>`);
  return html`<li class="change">
    <p class="change-head">${change.opened ? html`Opened a new story: ${link}` : html`Joined ${link} <span class="muted">(now ${countOf(change.reports, "report")})</span>`}</p>
    <ul class="change-lines">${lines}</ul>
  </li>`;
}

function renderResult(result: AddResult): SafeHtml {
  return html`<li class="result result-${result.status}">
    <span class="badge badge-${result.status}">${STATUS_WORDS[result.status]}</span>
    <span class="result-body">
      <span class="result-source">${result.source}</span>${result.id && result.id !== result.source ? html` <span class="muted">as</span> <code>${result.id}</code>` : ""}
      ${result.story
        ? html`<a class="result-story" href="${storyPath(result.story)}">${result.headline ?? result.story}</a>`
        : ""}
      ${result.message ? html`<span class="result-message">${result.message}</span>` : ""}
    </span>
  </li>`;
}
