import { isBodyText } from "../text/lines.js";
import { collectBlocks, type Block, type PageBlocks } from "./blocks.js";
import type { ChromeLevel } from "./chrome.js";
import { applyChrome } from "./chrome-levels.js";
import { findTeasers } from "./teasers.js";
import { layoutBoxesInside } from "./layout-boxes.js";
import { widenToLandmark } from "./article-landmark.js";
import { dropRepeatedCopies } from "./repeats.js";
import type { HtmlElement } from "./tree.js";
import {
  CHROME_BLOCK_WEIGHT,
  LINK_BLOCK_WEIGHT,
  LINK_DENSE_SHARE,
  MIN_ARTICLE_CHARS,
  SHORT_BLOCK_PENALTY,
  CORE_ANCESTOR_WEIGHTS,
  SHOUTED_CAPITALS_SHARE,
  WRAPPER_OVER_CLASS_GAIN,
  WRAPPER_FAR_OVER_CLASS_GAIN,
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
 * prose (a site that names its article box with a chrome word), the same words on every box but
 * the wrappers holding most of the prose (the comments and subscribe boxes around that article
 * stay chrome); then markup rules alone; when those
 * too find no article, markup rules with teasers read as text (a short post whose paragraphs sit
 * in small boxes beside a linked call to action looks like a teaser card).
 */

export interface MainText {
  blocks: Block[];
  /** Which rules found it, for tests and debugging. */
  level: ChromeLevel;
}

interface Rung {
  level: ChromeLevel;
  teasers: boolean;
}

const LADDER: readonly Rung[] = [
  { level: "class", teasers: true },
  { level: "wrapper", teasers: true },
  { level: "markup", teasers: true },
  { level: "markup", teasers: false },
];

export function findMainText(root: HtmlElement): MainText {
  let best: MainText = { blocks: [], level: "markup" };
  let bestChars = -1;
  const page = collectBlocks(root);
  for (const { level, teasers } of LADDER) {
    applyChrome(page, level);
    const blocks = mainBlocks(page, level, teasers);
    const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
    const wins = chars > bestChars && (level !== "wrapper" || bestChars < MIN_ARTICLE_CHARS || takesInAll(blocks, best.blocks, bestChars) || chars > bestChars * WRAPPER_FAR_OVER_CLASS_GAIN);
    if (wins) {
      best = { blocks, level };
      bestChars = chars;
    }
    if (bestChars >= MIN_ARTICLE_CHARS && level !== "class") break;
  }
  return { blocks: dropRepeatedCopies(best.blocks), level: best.level };
}

/**
 * Whether `wider` (the "wrapper" rung's article) takes in all of `found` (the "class" rung's) and
 * WRAPPER_OVER_CLASS_GAIN times its text: the class words had cut the article down to a part of
 * it. A longer text elsewhere on the page (a disclaimer box at its foot) does not replace it,
 * unless it is WRAPPER_FAR_OVER_CLASS_GAIN times as long (findMainText): then the class rung kept
 * only an intro and the article's body sat in a box named with a chrome word beside it.
 */
function takesInAll(wider: readonly Block[], found: readonly Block[], foundChars: number): boolean {
  const taken = new Set(wider);
  const chars = wider.reduce((sum, block) => sum + block.text.length, 0);
  return chars > foundChars * WRAPPER_OVER_CLASS_GAIN && found.every((block) => taken.has(block));
}

function mainBlocks(page: PageBlocks, level: ChromeLevel, withTeasers: boolean): Block[] {
  const teasers = withTeasers ? findTeasers(page) : page.blocks.map(() => false);
  let values = blockValues(page, teasers);
  let container = findContainer(page, values);
  if (container === -1) return [];
  // Boxes named by a layout word inside the article are its own: count them in and look again.
  const lifted = level !== "markup" ? layoutBoxesInside(page, container) : null;
  if (lifted) {
    applyChrome(page, level, lifted);
    values = blockValues(page, teasers);
    container = findContainer(page, values);
    if (container === -1) return [];
  }
  const last = page.lastInside[container]!;
  const inside = (i: number): boolean => page.blocks[i]!.owner >= container && page.blocks[i]!.owner <= last;
  const prose = page.blocks.map((block, i) => inside(i) && !block.chrome && values[i]! > 0);
  const first = prose.indexOf(true);
  const final = prose.lastIndexOf(true);
  // Links between the article's paragraphs are its own: a list of the sources it cites or the
  // items of a roundup, a "Read our full review" line. Link lists before its first paragraph or
  // after its last (related stories, tags) are not, nor a linked headline in capitals (a
  // cross-promotion set in the article, "SHOP SALES FELL AGAIN IN MAY").
  const inArticleLinks = (block: Block, i: number): boolean =>
    (block.kind === "item" || (block.kind === "paragraph" && !isShouted(block.text))) && !block.chrome && i > first && i < final;
  // A teaser-shaped block (a short text in a box with a headline link) inside the article that
  // reads as prose is an item of a list article ("3. The sturdy model" and its description); the
  // lists of other stories sit outside it, or are link lists and fragments, dropped below.
  return page.blocks.filter(
    (block, i) => inside(i) && (!teasers[i] || blockValue(block) > 0) && (isBodyBlock(block, values[i]!) || inArticleLinks(block, i)),
  );
}

function blockValues(page: PageBlocks, teasers: readonly boolean[]): number[] {
  return page.blocks.map((block, i) => (teasers[i] ? -block.text.length * CHROME_BLOCK_WEIGHT : blockValue(block)));
}

/** The article's container (findCore widened by widenCore), or -1 when no element holds prose. */
function findContainer(page: PageBlocks, values: readonly number[]): number {
  const core = findCore(page, values);
  return core === -1 ? -1 : widenCore(page, values, core);
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
 * Then the article landmark around it, when that holds far more prose (article-landmark.ts).
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
  return widenToLandmark(page, values, best);
}

function blockValue(block: Block): number {
  const length = block.text.length;
  if (block.chrome) return -length * CHROME_BLOCK_WEIGHT;
  if (block.linkChars > length * LINK_DENSE_SHARE) return -length * LINK_BLOCK_WEIGHT;
  if (isBodyText(block.text)) return length - block.linkChars;
  return -SHORT_BLOCK_PENALTY;
}

/** Mostly capital letters: a headline set in capitals, not a sentence. */
function isShouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters > 0 && capitals > letters * SHOUTED_CAPITALS_SHARE;
}

function isBodyBlock(block: Block, value: number): boolean {
  if (block.chrome) return false;
  // A sub-heading that links somewhere (a list article's item names its subject's page) is still the article's.
  if (block.kind === "heading") return true;
  return block.linkChars <= block.text.length * LINK_DENSE_SHARE || value > 0;
}
