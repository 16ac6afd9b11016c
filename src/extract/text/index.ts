import type { Attribution, RemovedLine } from "../../types.js";
import { findBodyAttributions, takeDatelinePrefix } from "./attributions.js";
import { classifyChromeLine } from "./chrome-rules.js";
import { isKept, splitLines } from "./lines.js";
import {
  emptyTextMetadata,
  markDatelineLine,
  markMetadataLines,
  resolvePublished,
  takeScraperDate,
} from "./metadata-text.js";
import { outletFromFooter } from "./outlet.js";
import { markAuthorBoxes, markWriterBios } from "./author-box.js";
import { markCommentThread } from "./comment-thread.js";
import { markGluedTeasers } from "./glued-teasers.js";
import { markOutsideMainStretch } from "./main-stretch.js";
import { isArticleList, markConcatenatedCopies, markDuplicates, markMarkedRuns, markPageTail, markTrailingRun } from "./runs.js";
import { markTickers } from "./ticker.js";
import { fallbackTitle, takeTitle } from "./title.js";

/** What the caller already knows (from HTML metadata); known values win over what the text says. */
export interface CleanHints {
  title?: string | null;
  published?: string | null;
  byline?: string | null;
  outlet?: string | null;
  /**
   * The lines come from an HTML page's structure, not a scraper: a repeated line is the
   * article's own (an interview's recurring question), so duplicates stay.
   */
  structured?: boolean;
  /**
   * The writers the page declares (JSON-LD, meta author): a bio of one of them closing the text
   * is not the article. Declared names only, so the text alone reads them too.
   */
  writers?: readonly string[];
}

export interface CleanedText {
  /** Body paragraphs, in order, exactly as they go into Article.text. */
  paragraphs: string[];
  /** Every removed line, in document order, with the rule that removed it. */
  removed: RemovedLine[];
  /** The title line, else the first sub-heading, else the first sentence; "" for no text. */
  title: string;
  published: string | null;
  byline: string | null;
  dateline: string | null;
  outlet: string | null;
  attributions: Attribution[];
}

/**
 * The line-level chrome cleaner for already-extracted text (scraped text, or the paragraphs an
 * HTML extractor found). Rules mark lines and never delete them, so each later step sees what
 * earlier ones removed. The order matters where noted.
 */
export function cleanText(text: string, hints: CleanHints = {}): CleanedText {
  // 1. Lines: normalised white space, hard-wrapped paragraphs joined.
  const lines = splitLines(text);
  const meta = emptyTextMetadata();
  // 2. The scraper's " date YYYY-MM-DD" prefix; the rest of that line is a line of its own.
  const scraperDate = takeScraperDate(lines);
  // 3. Metadata lines (bylines, date lines, credits, attributions) before chrome, whose menu-row
  //    and footer rules would otherwise claim pipe-separated bylines and credit lines.
  markMetadataLines(lines, meta);
  // 4. Single-line chrome: menus, prompts, forms, ads, list labels, counters, footers; then the
  //    single-line rules that need the page: teasers glued to their summary, author boxes, and a
  //    copy of the whole article run together on one line (before the title search and the ticker
  //    check, which would read the copy as a standfirst repeating the first paragraph). Glued
  //    teasers and copies are what a scraper leaves; in HTML each block is its own line, and a
  //    word with a capital inside is a brand name.
  for (const line of lines) {
    if (isKept(line)) line.rule = classifyChromeLine(line);
  }
  if (!hints.structured) markGluedTeasers(lines);
  markAuthorBoxes(lines);
  markWriterBios(lines, hints.writers ?? []);
  if (!hints.structured) markConcatenatedCopies(lines);
  // 5. Tickers, before the title search, which would otherwise take a ticker for the headline.
  //    Glued tickers only in scraped text: in HTML each headline is its own link, and a long line
  //    without sentence ends there is a table row of the article.
  markTickers(lines, { glued: !hints.structured, headRun: !hints.title });
  // 6. Runs of headlines after "Related"/"Trending" markers and comment forms; comment threads.
  markMarkedRuns(lines);
  markCommentThread(lines);
  // 7. Title (and mastheads above it, and its repetitions).
  const titleLine = takeTitle(lines, hints.title);
  // 8. Dateline alone on a line, duplicates, headline lists and footers closing the page, dateline
  //    prefix. The last three read a scraped whole page; in HTML the article's box was chosen by
  //    its structure, and short lines closing it are its own (a directory, a table's rows, a
  //    product's specifications): dropping them lost more article than chrome on both benchmarks.
  markDatelineLine(lines, meta);
  if (!hints.structured) markDuplicates(lines);
  if (!hints.structured) markTrailingRun(lines);
  if (!hints.structured) markPageTail(lines);
  takeDatelinePrefix(lines, meta);
  // 9. Scraped whole pages: only the stretch densest in prose is the article. Last, so that the
  //    rules above name what they recognise; HTML paragraphs (structured) were already chosen.
  if (!hints.structured) markOutsideMainStretch(lines, isArticleList);
  // 10. Collect.
  const paragraphs = lines.filter(isKept).map((line) => line.text);
  return {
    paragraphs,
    removed: lines.filter((line) => !isKept(line)).map((line) => ({ text: line.text, rule: line.rule! })),
    title: titleLine ?? fallbackTitle(paragraphs),
    published: hints.published ?? scraperDate ?? resolvePublished(lines, meta),
    byline: hints.byline ?? meta.byline,
    dateline: meta.dateline,
    outlet: hints.outlet ?? fullerOutlet(meta.deskOutlet, outletFromFooter(lines)),
    attributions: [...meta.attributions, ...findBodyAttributions(paragraphs)],
  };
}

/**
 * A desk credit often shortens the outlet's name ("Ledger Foreign Staff" in "The Morning Ledger"):
 * when the footer's name holds the desk's, the footer's is the full name.
 */
function fullerOutlet(desk: string | null, footer: string | null): string | null {
  if (desk && footer && footer.toLowerCase().includes(desk.toLowerCase())) return footer;
  return desk ?? footer;
}
