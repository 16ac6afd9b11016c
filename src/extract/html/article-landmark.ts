import type { PageBlocks } from "./blocks.js";
import { LANDMARK_OVER_BOX_GAIN } from "./thresholds.js";

/**
 * The element a page marks as its article or main content: <article>, <main>, role="main", or
 * the schema.org articleBody.
 */
function isArticleLandmark(page: PageBlocks, element: number): boolean {
  const { tag, attrs } = page.elements[element]!;
  return tag === "article" || tag === "main" || attrs["role"] === "main" || attrs["itemprop"] === "articleBody";
}

/**
 * The box the prose sums chose (content.ts widenCore), or the nearest article landmark around it
 * when that landmark holds LANDMARK_OVER_BOX_GAIN times its prose: the box was one section of an
 * article whose paragraphs sit in a box each, between link lists and data tables that cost more
 * than one section's prose (a changelog, a guide of chapters), and the page says where the whole
 * article is. Only the nearest landmark counts, and never one that is chrome.
 */
export function widenToLandmark(page: PageBlocks, values: readonly number[], box: number): number {
  const prose = proseInside(page, values);
  for (let element = page.parent[box]!; element >= 0 && !page.inChrome[element]; element = page.parent[element]!) {
    if (isArticleLandmark(page, element)) return prose[element]! >= prose[box]! * LANDMARK_OVER_BOX_GAIN ? element : box;
  }
  return box;
}

/** For each element, the values of the prose blocks inside it (chrome and fragments left out). */
function proseInside(page: PageBlocks, values: readonly number[]): Float64Array {
  const prose = new Float64Array(page.elements.length);
  page.blocks.forEach((block, i) => {
    if (values[i]! > 0) prose[block.owner] = prose[block.owner]! + values[i]!;
  });
  for (let i = page.elements.length - 1; i > 0; i--) {
    const parent = page.parent[i]!;
    if (parent >= 0) prose[parent] = prose[parent]! + prose[i]!;
  }
  return prose;
}
