import { isBodyLike, makeLine } from "./lines.js";
import { collectBlocks, type Block, type PageBlocks } from "./html-blocks.js";
import type { ChromeLevel } from "./html-chrome.js";
import type { HtmlElement } from "./html-tree.js";
import {
  CHROME_BLOCK_WEIGHT,
  LINK_BLOCK_WEIGHT,
  LINK_DENSE_SHARE,
  MIN_ARTICLE_CHARS,
  SHORT_BLOCK_PENALTY,
} from "./html-thresholds.js";

/**
 * The article's main text: the element whose blocks add up to the most prose. Every block has a
 * value — its non-link characters when it reads as prose, a penalty when it is chrome, link-heavy
 * or a short fragment — and each element scores the sum over the blocks inside it. The best
 * element is the tightest box around the article: widening it to the page adds menus, related
 * lists and comments (negative), narrowing it loses paragraphs (positive). Its blocks, minus
 * chrome and link lists, are the body.
 *
 * Fallback ladder: class/id chrome words first; when they leave less than MIN_ARTICLE_CHARS of
 * prose (a site that names its article box with a chrome word), markup rules alone.
 */

export interface MainText {
  blocks: Block[];
  /** Which rules found it, for tests and debugging. */
  level: ChromeLevel;
}

const LADDER: readonly ChromeLevel[] = ["class", "markup"];

export function findMainText(root: HtmlElement): MainText {
  let best: MainText = { blocks: [], level: "markup" };
  let bestChars = -1;
  for (const level of LADDER) {
    const blocks = mainBlocks(collectBlocks(root, level));
    const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
    if (chars > bestChars) {
      best = { blocks, level };
      bestChars = chars;
    }
    if (chars >= MIN_ARTICLE_CHARS) break;
  }
  return best;
}

function mainBlocks(page: PageBlocks): Block[] {
  const values = page.blocks.map(blockValue);
  const container = bestContainer(page, values);
  if (container === -1) return [];
  const last = page.lastInside[container]!;
  return page.blocks.filter((block, i) => block.owner >= container && block.owner <= last && isBodyBlock(block, values[i]!));
}

/** Subtree sums in one backward pass (children come after their parents in document order). */
function bestContainer(page: PageBlocks, values: readonly number[]): number {
  const sums = new Float64Array(page.elements.length);
  page.blocks.forEach((block, i) => (sums[block.owner] += values[i]!));
  for (let i = page.elements.length - 1; i > 0; i--) {
    const parent = page.parent[i]!;
    if (parent >= 0) sums[parent] += sums[i]!;
  }
  let best = -1;
  let bestSum = 0;
  for (let i = 0; i < page.elements.length; i++) {
    if (!page.inChrome[i] && sums[i]! > bestSum) {
      best = i;
      bestSum = sums[i]!;
    }
  }
  return best;
}

function blockValue(block: Block): number {
  const length = block.text.length;
  if (block.chrome) return -length * CHROME_BLOCK_WEIGHT;
  if (block.linkChars > length * LINK_DENSE_SHARE) return -length * LINK_BLOCK_WEIGHT;
  if (isBodyLike(makeLine(block.text))) return length - block.linkChars;
  return -SHORT_BLOCK_PENALTY;
}

function isBodyBlock(block: Block, value: number): boolean {
  if (block.chrome) return false;
  return block.linkChars <= block.text.length * LINK_DENSE_SHARE || value > 0;
}
