import type { Evidence, Span } from "../../../types.js";
import { html, type SafeHtml } from "../kit/index.js";
import { sentenceIndexAt, type ReportIndex } from "../kit/index.js";
import { formatDate } from "../kit/index.js";
import { renderEvidenceLink } from "./evidence-link.js";

/** Part of a report's text, with the claim's own words (`focus`, offsets into the same text) marked. */
export function markedText(text: string, range: Span, focus?: Span): SafeHtml {
  const from = Math.max(focus?.start ?? range.end, range.start);
  const to = Math.min(focus?.end ?? range.end, range.end);
  if (from >= to) return html`${text.slice(range.start, range.end)}`;
  return html`${text.slice(range.start, from)}<mark>${text.slice(from, to)}</mark>${text.slice(to, range.end)}`;
}

/** A report's name linked to its sentence: the short form of a piece of evidence. */
export function renderSourceLink(e: Evidence, index: ReportIndex): SafeHtml {
  return renderEvidenceLink(e, index, index.byId.get(e.article)?.name ?? e.article, "source-link");
}

/**
 * Each report's sentence behind a finding, named by outlet and linked to the sentence in the full
 * report. With `context`, the sentences before and after are shown too, so a reader can judge a
 * disputed value without leaving the page.
 */
export function renderEvidenceList(evidence: Evidence[], index: ReportIndex, options: { context?: boolean } = {}): SafeHtml {
  return html`<ul class="evidence-list">${evidence.map((e) => renderEvidence(e, index, options.context ?? false))}</ul>`;
}

function renderEvidence(e: Evidence, index: ReportIndex, context: boolean): SafeHtml {
  const report = index.byId.get(e.article);
  if (!report) return html`<li class="evidence">${renderSourceLink(e, index)} <blockquote class="evidence-quote">${e.quote}</blockquote></li>`;
  const { article, sentences } = report.analyzed;
  const sentence = sentenceIndexAt(report.analyzed, e.span.start);
  const before = context ? sentences[sentence - 1] : undefined;
  const after = context ? sentences[sentence + 1] : undefined;
  return html`<li class="evidence">
    <div class="evidence-meta">${renderSourceLink(e, index)}${article.published ? html` <time datetime="${article.published}">${formatDate(article.published)}</time>` : ""}</div>
    <blockquote class="evidence-quote">${before ? html`<span class="context">${markedText(article.text, { start: before.start, end: e.span.start }, e.focus)}</span>` : ""}<span class="stated">${markedText(article.text, e.span, e.focus)}</span>${after ? html`<span class="context">${markedText(article.text, { start: e.span.end, end: after.end }, e.focus)}</span>` : ""}</blockquote>
  </li>`;
}
