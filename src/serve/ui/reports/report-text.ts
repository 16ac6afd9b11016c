import type { AnalyzedArticle, Span } from "../../../types.js";
import { html, type SafeHtml } from "../kit/index.js";
import { sentenceAnchor } from "../kit/index.js";
import type { SentenceRole } from "./sentence-roles.js";

/**
 * A report's text as its paragraphs ("\n\n" in the article text), each sentence a span with the id
 * evidence links point at, classed by what it is evidence for. Text between sentences is kept as it is.
 */
export function renderReportText(analyzed: AnalyzedArticle, roles: ReadonlyMap<number, SentenceRole> = new Map()): SafeHtml {
  return html`${paragraphRanges(analyzed.article.text)
    .filter((p) => p.end > p.start)
    .map((p) => html`<p>${renderSentences(analyzed, p, roles)}</p>`)}`;
}

function paragraphRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    ranges.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return ranges;
}

function renderSentences(analyzed: AnalyzedArticle, paragraph: Span, roles: ReadonlyMap<number, SentenceRole>): SafeHtml[] {
  const { text, id } = analyzed.article;
  const parts: SafeHtml[] = [];
  let cursor = paragraph.start;
  for (const sentence of analyzed.sentences) {
    const start = Math.max(sentence.start, cursor);
    const end = Math.min(sentence.end, paragraph.end);
    if (end <= start) continue;
    // A sentence that runs over a paragraph break keeps its anchor on its first part only.
    const anchor = sentence.start >= paragraph.start ? html` id="${sentenceAnchor(id, sentence.index)}"` : "";
    const role = roles.get(sentence.index);
    parts.push(html`${text.slice(cursor, start)}<span class="${role ? `sentence sentence-${role}` : "sentence"}"${anchor}>${text.slice(start, end)}</span>`);
    cursor = end;
  }
  parts.push(html`${text.slice(cursor, paragraph.end)}`);
  return parts;
}
