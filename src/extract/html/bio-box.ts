import { BIO_BOX_HEADINGS } from "../../lexicons/chrome.js";
import type { PageBlocks } from "./blocks.js";
import { chromeKey } from "../text/chrome-rules.js";

/**
 * A box headed "About the author" is the writer's bio, however its class is named: without this a
 * bio longer than a short post's paragraphs was taken for the article. The box is the element
 * around the heading that the heading opens (its first block); it and all inside it are chrome.
 */
export function markBioBoxes(page: PageBlocks): void {
  page.blocks.forEach((block, i) => {
    if (block.kind !== "heading" || !BIO_BOX_HEADINGS.has(chromeKey(block.text))) return;
    const box = page.parent[block.owner]!;
    const before = page.blocks[i - 1];
    if (box < 0 || (before && before.owner >= box && before.owner <= page.lastInside[box]!)) return;
    for (let element = box; element <= page.lastInside[box]!; element++) page.inChrome[element] = true;
  });
}
