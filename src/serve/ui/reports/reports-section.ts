import type { AlignedStory, Article, SourceSummary } from "../../../types.js";
import { html, type SafeHtml } from "../kit/index.js";
import { countOf, formatDate } from "../kit/index.js";
import { renderReportText } from "./report-text.js";
import { sentenceRoles, type SentenceRole } from "./sentence-roles.js";
import { againstLine, type ReportEntry, type ReportIndex } from "../kit/index.js";
import { removedReason } from "./removed-reasons.js";
import { fragment, httpUrl, reportAnchor } from "../kit/index.js";

/** Every report in full: its text with sentence anchors, and beside it its metadata and, apart, what was removed. */
export function renderReportsSection(aligned: AlignedStory, index: ReportIndex): SafeHtml {
  const roles = sentenceRoles(aligned, index);
  return html`<section class="story-section" id="reports" aria-labelledby="reports-title">
    <div class="section-head">
      <h2 id="reports-title">Reports <span class="section-count">${countOf(index.ordered.length, "report")}</span></h2>
      <div class="reports-toolbar" hidden data-enhance="report-texts"><button type="button" class="button-quiet" data-toggle-texts>Collapse all texts</button></div>
    </div>
    <p class="section-lede legend">Underlined sentences are evidence:
      <span class="sentence sentence-agreed">agreed</span>,
      <span class="sentence sentence-disputed">disputed</span>,
      <span class="sentence sentence-single">single-source</span>.</p>
    ${index.ordered.map((report) =>
      renderReport(report, { summary: aligned.sources.find((s) => s.article === report.id), roles: roles.get(report.id) ?? new Map(), index }),
    )}
  </section>`;
}

function renderReport(report: ReportEntry, context: { summary?: SourceSummary; roles: ReadonlyMap<number, SentenceRole>; index: ReportIndex }): SafeHtml {
  const { article, sentences } = report.analyzed;
  const { summary, index } = context;
  return html`<article class="report" id="${reportAnchor(report.id)}" aria-labelledby="${reportAnchor(report.id)}-title" data-name="${report.name}" data-title="${article.title}" data-published="${article.published ? formatDate(article.published) : ""}" data-url="${originalUrl(article) ?? ""}">
    <header class="report-head">
      <p class="report-outlet">${report.name}${report.copies.length > 0 ? html` <span class="badge badge-reprint">reprint</span>` : ""}</p>
      <h3 class="report-title" id="${reportAnchor(report.id)}-title">${article.title}</h3>
    </header>
    <div class="report-layout">
      <details class="report-body" open>
        <summary>Text · ${countOf(sentences.length, "sentence")}</summary>
        <div class="report-text">${renderReportText(report.analyzed, context.roles)}</div>
      </details>
      <div class="report-aside">
        ${renderMeta(article)}
        ${summary ? html`<p class="report-stats">Shares <strong>${countOf(summary.agrees, "fact")}</strong> · ${report.against > 0 ? html`<strong>${againstLine(report)}</strong>` : "in no dispute"} · <strong>${countOf(summary.unique, "claim")}</strong> only here</p>` : ""}
        ${report.copies.length > 0
          ? html`<p class="reprint-note">Copy of the same text as ${report.copies.map((id, i) => html`${i > 0 ? ", " : ""}<a href="${fragment(reportAnchor(id))}">${index.byId.get(id)?.name ?? id}</a>`)}; counted as one source.</p>`
          : ""}
        ${article.attributions.length > 0
          ? html`<ul class="attributions">${article.attributions.map(
              (a) => html`<li><span class="attribution-kind">${a.kind.replaceAll("-", " ")}</span> ${a.source}: <q>${a.text}</q></li>`,
            )}</ul>`
          : ""}
        ${article.removed.length > 0
          ? html`<details class="removed">
          <summary>Removed as page chrome (${countOf(article.removed.length, "line")})</summary>
          <ol class="removed-lines">${article.removed.map((line) => html`<li><span class="removed-text">${line.text}</span> <span class="removed-rule">${removedReason(line.rule)}</span></li>`)}</ol>
        </details>`
          : ""}
      </div>
    </div>
  </article>`;
}

function renderMeta(article: Article): SafeHtml {
  const rows: [string, SafeHtml | string][] = [];
  if (article.published) rows.push(["Published", html`<time datetime="${article.published}">${formatDate(article.published)}</time>`]);
  if (article.modified) rows.push(["Updated", html`<time datetime="${article.modified}">${formatDate(article.modified)}</time>`]);
  if (article.byline) rows.push(["Byline", article.byline]);
  if (article.dateline) rows.push(["Dateline", article.dateline]);
  rows.push(["Language", article.language === "und" ? "undetermined" : article.language]);
  const url = originalUrl(article);
  if (url) rows.push(["Original", html`<a href="${url}" target="_blank" rel="noopener noreferrer nofollow">${url}</a>`]);
  rows.push(["Report id", html`<code>${article.id}</code>`]);
  return html`<dl class="report-meta">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/**
 * The page the report was read from, when it is a web address (only http(s) becomes a link, opened
 * apart from this page). A file's path is never shown: pages leave the server.
 */
function originalUrl(article: Article): string | null {
  return httpUrl(article.canonicalUrl) ?? httpUrl(article.source);
}
