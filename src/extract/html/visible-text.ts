import { collectBlocks } from "./blocks.js";
import { parseHtml } from "./tree.js";

/**
 * All the text a page shows, chrome included, one block per line: what a scraper that knows
 * nothing of articles saves (menus, share bars, footers and all). Used to turn pages into the
 * "scraped text" form the line cleaner is built for, for the text-mode benchmark and tests.
 */
export function visibleText(html: string): string {
  return collectBlocks(parseHtml(html).root).blocks.map((block) => block.text).join("\n");
}
