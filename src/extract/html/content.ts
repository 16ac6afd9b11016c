import { isBodyLike, makeLine } from "../text/lines.js";
import { collectBlocks, type Block, type PageBlocks } from "./blocks.js";
import type { ChromeLevel } from "./chrome.js";
import { applyChrome } from "./chrome-levels.js";
import { findTeasers } from "./teasers.js";
import type { HtmlElement } from "./tree.js";
import {
  CHROME_BLOCK_WEIGHT,
  LINK_BLOCK_WEIGHT,
  LINK_DENSE_SHARE,
  MIN_ARTICLE_CHARS,
  SHORT_BLOCK_PENALTY,
  CORE_ANCESTOR_WEIGHTS,
} from "./thresholds.js";

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
  const page = collectBlocks(root);
  for (const level of LADDER) {
    applyChrome(page, level);
    const blocks = mainBlocks(page);
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
  const teasers = findTeasers(page);
  const values = page.blocks.map((block, i) => (teasers[i] ? -block.text.length * CHROME_BLOCK_WEIGHT : blockValue(block)));
  const core = findCore(page, values);
  if (core === -1) return [];
  const container = widenCore(page, values, core);
  const last = page.lastInside[container]!;
  // A teaser-shaped block (a short text in a box with a headline link) inside the article that
  // reads as prose is an item of a list article ("3. The sturdy model" and its description); the
  // lists of other stories sit outside it, or are link lists and fragments, dropped below.
  return page.blocks.filter((block, i) => block.owner >= container && block.owner <= last && (!teasers[i] || blockValue(block) > 0) && isBodyBlock(block, values[i]!));
}

/**
 * The element that directly holds the most prose: each prose block counts fully for the element
 * that owns it and for its parent, half for the grandparent and a quarter one level up. Teaser
 * snippets scattered over a page add up in distant ancestors only, so they cannot outweigh an
 * article whose paragraphs sit side by side.
 */
function findCore(page: PageBlocks, values: readonly number[]): number {
  const scores = new Float64Array(page.elements.length);
  page.blocks.forEach((block, i) => {
    const value = values[i]!;
    if (value <= 0) return;
    let element = block.owner;
    for (const weight of CORE_ANCESTOR_WEIGHTS) {
      if (element < 0) break;
      scores[element] = scores[element]! + value * weight;
      element = page.parent[element]!;
    }
  });
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < page.elements.length; i++) {
    if (!page.inChrome[i] && scores[i]! > bestScore) {
      best = i;
      bestScore = scores[i]!;
    }
  }
  return best;
}

/**
 * Among the core and its ancestors, the one whose blocks add up to the most (prose positive,
 * chrome, link lists and fragments negative): the article's own sub-headings, lists and the
 * paragraphs of a body split into several boxes come in; a page's menus and side columns do not.
 */
function widenCore(page: PageBlocks, values: readonly number[], core: number): number {
  const sums = new Float64Array(page.elements.length);
  page.blocks.forEach((block, i) => (sums[block.owner] = sums[block.owner]! + values[i]!));
  for (let i = page.elements.length - 1; i > 0; i--) {
    const parent = page.parent[i]!;
    if (parent >= 0) sums[parent] = sums[parent]! + sums[i]!;
  }
  let best = core;
  for (let element = page.parent[core]!; element >= 0 && !page.inChrome[element]; element = page.parent[element]!) {
    if (sums[element]! > sums[best]!) best = element;
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
  // A sub-heading that links somewhere (a list article's item names its subject's page) is still the article's.
  if (block.kind === "heading") return true;
  return block.linkChars <= block.text.length * LINK_DENSE_SHARE || value > 0;
}
