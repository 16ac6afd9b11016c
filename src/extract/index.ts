import { CorroborateError } from "../errors.js";
import type { Article, RawDocument } from "../types.js";
import { decodeBytes } from "./decode.js";
import { authorsFromByline } from "./metadata/authors.js";
import { extractHtml, extractHtmlText } from "./html/index.js";
import type { HtmlMetadata } from "./metadata/index.js";
import { withLazyLanguage, type ArticleFields } from "./lazy-language.js";
import { outletFromSource } from "./text/outlet.js";
import { dateFromUrl } from "./metadata/url-date.js";
import { cleanText, type CleanedText } from "./text/index.js";

/** A page that says it is text but starts like HTML is HTML (ingest guesses types from names). */
const LOOKS_LIKE_HTML = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** …and a "text/html" document without a single tag is scraped text saved under an .html name. */
const HAS_TAG = /<(?:[a-z][a-z0-9]*|!doctype|!--)[\s>/]/i;
/** Both checks read only the start of the document. */
const SNIFF_CHARS = 4096;

/**
 * Extract one article from a raw document:
 *   1. decode the bytes (BOM, declared charset, meta charset, detection);
 *   2. HTML: our extractor (html.ts) finds the article and its metadata, one block per line;
 *   3. the line cleaner removes page chrome and reads metadata from the text;
 *   4. detect the language of the cleaned body, on first reading (lazy-language.ts);
 *   5. fall back to the file name or URL for the outlet.
 * Metadata the input gave beside the bytes (a feed item's date and authors) is kept over what the
 * page says; a capture date only stands in when the page gives no date.
 * Throws CorroborateError (stage "extract"): E_EMPTY, E_BINARY, E_ENCODING, E_NO_TEXT.
 */
export function extractArticle(doc: RawDocument): Article {
  return withLazyLanguage(extractArticleFields(doc));
}

/** Everything but the language: what a worker thread sends back (see lazy-language.ts). */
export function extractArticleFields(doc: RawDocument): ArticleFields {
  // 1. – 3.
  const { cleaned, meta, warnings } = cleanDocument(doc, "article");
  const text = cleaned.paragraphs.join("\n\n");
  const given = doc.metadata ?? {};
  const published = given.published ?? cleaned.published ?? dateFromUrl(/^https?:/i.test(doc.source) ? doc.source : null) ?? given.captured ?? null;
  // A time of day from the markup is kept only for the day the report is dated: a feed's date wins over the page's.
  const publishedAt = published && meta?.publishedAt?.startsWith(published) ? meta.publishedAt : null;
  return {
    id: doc.id,
    source: doc.source,
    // 5.
    outlet: given.outlet ?? cleaned.outlet ?? outletFromSource(doc.source),
    title: given.title ?? cleaned.title,
    published,
    ...(publishedAt ? { publishedAt } : {}),
    byline: cleaned.byline,
    authors: given.authors?.length ? given.authors : meta && meta.authors.length > 0 ? meta.authors : authorsFromByline(cleaned.byline),
    modified: meta?.modified ?? null,
    canonicalUrl: meta?.canonicalUrl ?? given.url ?? null,
    dateline: cleaned.dateline,
    // 4.
    declaredLanguage: meta?.language ?? null,
    paragraphs: cleaned.paragraphs,
    text,
    removed: cleaned.removed,
    attributions: cleaned.attributions,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** An article's text alone, as `extract` prints it, with what decoding warned of. */
export type ArticleText = Pick<Article, "source" | "text" | "warnings">;

/**
 * The text of extractArticle, worked out without the metadata the text does not depend on (dates,
 * authors, the page's language): the same text for about three quarters of the work.
 */
export function extractArticleText(doc: RawDocument): ArticleText {
  const { cleaned, warnings } = cleanDocument(doc, "text");
  return { source: doc.source, text: cleaned.paragraphs.join("\n\n"), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Steps 1. to 3.; the page's metadata is read whole for an article, only as far as the text needs it for "text". */
function cleanDocument(doc: RawDocument, wanted: "article" | "text"): { cleaned: CleanedText; meta: HtmlMetadata | null; warnings: string[] } {
  // 1.
  const warnings: string[] = [];
  const decoded = decodeBytes(doc.bytes, { declaredCharset: doc.declaredCharset, contentType: doc.contentType, source: doc.source, onWarning: (w) => warnings.push(w) });
  // 2. + 3.
  let cleaned: CleanedText;
  let meta: HtmlMetadata | null = null;
  if (isHtml(doc.contentType, decoded)) {
    const html = wanted === "article" ? extractHtml(decoded, doc.source) : { ...extractHtmlText(decoded, doc.source), metadata: null };
    cleaned = cleanText(html.text, html.hints);
    meta = html.metadata;
  } else {
    cleaned = cleanText(decoded);
  }
  if (cleaned.paragraphs.length === 0) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${doc.source}: no article text left after removing page chrome`, doc.source);
  }
  return { cleaned, meta, warnings };
}

function isHtml(contentType: string, text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  return /html/i.test(contentType) ? HAS_TAG.test(head) : LOOKS_LIKE_HTML.test(head);
}

export { cleanText, type CleanHints, type CleanedText } from "./text/index.js";
export { decodeBytes, type DecodeOptions } from "./decode.js";
export { detectLanguage } from "./language.js";
export { withLazyLanguage, type ArticleFields } from "./lazy-language.js";
export { RULE, type RuleId } from "./text/rule-ids.js";
