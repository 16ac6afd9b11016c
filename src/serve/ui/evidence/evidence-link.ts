import type { Evidence } from "../../../types.js";
import { html, type SafeHtml } from "../kit/index.js";
import { sentenceIndexAt, type ReportIndex } from "../kit/index.js";
import { fragment, sentenceAnchor } from "../kit/index.js";

/**
 * A link to the sentence behind a piece of evidence. Without scripts it jumps to the sentence in
 * the Reports section; app.js opens the sentence in the evidence panel instead, marking the claim's
 * words (`data-focus`: offsets into the sentence). Null href when the report is not in the story.
 */
export function renderEvidenceLink(e: Evidence, index: ReportIndex, content: SafeHtml | string, className = ""): SafeHtml {
  const report = index.byId.get(e.article);
  if (!report) return html`<span class="${className}">${content}</span>`;
  const sentence = report.analyzed.sentences[sentenceIndexAt(report.analyzed, e.span.start)];
  const offset = sentence?.start ?? e.span.start;
  const focus = e.focus ? `${e.focus.start - offset}-${e.focus.end - offset}` : "";
  return html`<a class="${className}" href="${fragment(sentenceAnchor(e.article, sentence?.index ?? 0))}" data-evidence${focus ? html` data-focus="${focus}"` : ""}>${content}</a>`;
}
