import { CorroborateError } from "../../errors.js";
import { findMainText } from "./content.js";
import { readHtmlMetadata, type HtmlMetadata } from "../metadata/index.js";
import { parseHtml } from "./tree.js";
import { placeStreamedSegments } from "./streamed-segments.js";
import type { CleanHints } from "../text/index.js";

/**
 * HTML pages, our own extractor:
 *   1. parse with htmlparser2 into a light tree (html-tree.ts), streamed parts put in place (streamed-segments.ts);
 *   2. read the metadata the page declares (html-metadata.ts);
 *   3. find the main text: the element holding the article's prose, minus chrome (html-content.ts);
 *   4. hand its blocks, one per line, to the same line cleaner as scraped text (text-cleaner.ts).
 */

export interface HtmlExtraction {
  /** Paragraph lines separated by blank lines, ready for cleanText. */
  text: string;
  hints: CleanHints;
  metadata: HtmlMetadata;
}

export function extractHtml(html: string, source: string): HtmlExtraction {
  // 1.
  const tree = parseHtml(html);
  placeStreamedSegments(tree.root);
  // 2.
  const metadata = readHtmlMetadata(tree);
  // 3.
  const main = findMainText(tree.root);
  if (main.blocks.length === 0) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${source}: no article text found in this HTML page`, source);
  }
  // 4. (the caller runs cleanText)
  return {
    text: main.blocks.map((block) => block.text).join("\n\n"),
    hints: {
      title: stripSiteName(metadata.title, metadata.outlet),
      published: metadata.published,
      outlet: metadata.outlet,
      byline: metadata.authors.length > 0 ? metadata.authors.join(", ") : null,
      structured: true,
    },
    metadata,
  };
}

const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · "];

/** "Headline | Outlet" or "Headline - Outlet" → "Headline", when the outlet is known. */
function stripSiteName(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const trimmed = title.replace(/\s+/g, " ").trim();
  if (!outlet) return trimmed;
  for (const separator of TITLE_SEPARATORS) {
    if (trimmed.endsWith(`${separator}${outlet}`)) return trimmed.slice(0, -(separator.length + outlet.length)).trim();
  }
  return trimmed;
}
