import { CorroborateError } from "../../errors.js";
import { findMainText } from "./content.js";
import { readHtmlMetadata, readHtmlTitle, type HtmlMetadata } from "../metadata/index.js";
import { parseHtml, type HtmlTree } from "./tree.js";
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
  const tree = parsePage(html);
  // 2.
  const metadata = readHtmlMetadata(tree);
  // 3. + 4.
  const text = mainText(tree, source);
  const byline = metadata.authors.length > 0 ? metadata.authors.join(", ") : null;
  return { text, hints: { ...titleHints(metadata), published: metadata.published, byline }, metadata };
}

/**
 * The main text and only the hints that decide which lines of it are kept (the title, the
 * outlet it is stripped of, the declared writers whose bio closes it): for `extract` printing text, which shows no other metadata.
 */
export function extractHtmlText(html: string, source: string): Omit<HtmlExtraction, "metadata"> {
  const tree = parsePage(html);
  const heading = readHtmlTitle(tree);
  return { text: mainText(tree, source), hints: titleHints(heading) };
}

function parsePage(html: string): HtmlTree {
  const tree = parseHtml(html);
  placeStreamedSegments(tree.root);
  return tree;
}

function mainText(tree: HtmlTree, source: string): string {
  const main = findMainText(tree.root);
  if (main.blocks.length === 0) {
    throw new CorroborateError("E_NO_TEXT", "extract", `${source}: no article text found in this HTML page`, source);
  }
  // (the caller runs cleanText)
  return main.blocks.map((block) => block.text).join("\n\n");
}

function titleHints({ title, outlet, writers }: Pick<HtmlMetadata, "title" | "outlet" | "writers">): CleanHints {
  return { title: stripSiteName(title, outlet), outlet, structured: true, writers };
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
