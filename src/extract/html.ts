import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { CorroborateError } from "../errors.js";
import type { DomDocument, DomElement, DomNode } from "./dom-types.js";
import { isoDate, readHtmlMetadata } from "./html-metadata.js";
import type { CleanHints } from "./text-cleaner.js";

/**
 * HTML pages: Readability (on linkedom's DOM) finds the article, we split its content into
 * paragraph lines at block elements, and the same line cleaner as for scraped text runs on them.
 * A later issue replaces Readability with our own extractor; only this file changes then.
 */

export interface HtmlExtraction {
  /** Paragraph lines separated by blank lines, ready for cleanText. */
  text: string;
  hints: CleanHints;
  /** The page's declared language (<html lang>), used when detection cannot tell. */
  declaredLanguage: string | null;
}

/** Elements that start and end a paragraph line. Everything else is inline and joins its neighbours. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIELDSET",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
  "OL", "P", "PRE", "SECTION", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL",
]);
/** Never body text: code, forms, embeds, and photo captions (credits and descriptions of pictures). */
const SKIPPED_TAGS = new Set(["FIGCAPTION", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "IFRAME"]);
const HAS_HTML_ELEMENT = /<html[\s>]/i;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function extractHtml(html: string, source: string): HtmlExtraction {
  const doc = parseDocument(html, source);
  const meta = readHtmlMetadata(doc);
  const article = runReadability(doc, source);
  const paragraphs = article?.content ? blockTexts(article.content) : [];
  if (paragraphs.length === 0) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${source}: no article text found in this HTML page`, source);
  }
  const outlet = meta.outlet ?? article?.siteName ?? null;
  return {
    text: paragraphs.join("\n\n"),
    hints: {
      title: stripSiteName(meta.title ?? article?.title ?? null, outlet),
      published: meta.published ?? isoDate(article?.publishedTime),
      outlet,
      byline: article?.byline?.trim().replace(/^by\s+/i, "") || meta.byline,
    },
    declaredLanguage: meta.language ?? article?.lang?.slice(0, 2).toLowerCase() ?? null,
  };
}

/**
 * linkedom needs an <html> element: a fragment or an empty string leaves documentElement empty
 * and its getters throw, so such input is wrapped first.
 */
function parseDocument(html: string, source: string): DomDocument {
  const markup = HAS_HTML_ELEMENT.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  try {
    const doc = new DOMParser().parseFromString(markup, "text/html") as unknown as DomDocument;
    if (!doc.documentElement || !doc.body) throw new Error("no document element");
    return doc;
  } catch (error) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${source}: the HTML could not be read (${(error as Error).message})`, source);
  }
}

type ReadabilityArticle = NonNullable<ReturnType<Readability<DomNode>["parse"]>>;

/** Readability on broken markup can throw deep inside; a page it cannot read has no article. */
function runReadability(doc: DomDocument, source: string): ReadabilityArticle | null {
  try {
    // Readability's types name the DOM lib's Document; linkedom's document is one at run time.
    return new Readability<DomNode>(doc as never, { serializer: (node) => node as DomNode }).parse();
  } catch (error) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${source}: no article found in this HTML page (${(error as Error).message})`, source);
  }
}

/** The text of `root`, one string per block element, inline markup joined and white space collapsed. */
export function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  const buffer = { text: "" };
  collect(root, out, buffer);
  flush(out, buffer);
  return out;
}

function collect(node: DomNode, out: string[], buffer: { text: string }): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      buffer.text += child.textContent ?? "";
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as DomElement).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush(out, buffer);
    collect(child, out, buffer);
    if (block) flush(out, buffer);
  }
}

function flush(out: string[], buffer: { text: string }): void {
  const text = buffer.text.replace(/\s+/g, " ").trim();
  if (text) out.push(text);
  buffer.text = "";
}

/** "Headline | Outlet" or "Headline - Outlet" → "Headline", when the outlet is known. */
function stripSiteName(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const trimmed = title.trim();
  if (!outlet) return trimmed;
  for (const separator of [" | ", " - ", " – ", " — ", " :: "]) {
    if (trimmed.endsWith(`${separator}${outlet}`)) return trimmed.slice(0, -(separator.length + outlet.length)).trim();
  }
  return trimmed;
}
