import { oncePerPage, type PageBlocks } from "./blocks.js";
import { isEmbeddedPost, isHidden, type ChromeLevel } from "./chrome.js";
import { markBioBoxes } from "./bio-box.js";
import { isBodyText } from "../text/lines.js";
import { WEAK_CHROME_MAX_PROSE_SHARE } from "./thresholds.js";

/**
 * Apply the element-level chrome rules of one rung of the ladder to a page's blocks: which
 * elements are chrome, and so which blocks can never be body. At the "class" rung a weak chrome
 * word ("sidebar", "rail", "advertisement-pusher" on a layout wrapper) does not count for an
 * element that holds most of the page's prose: that element wraps the article, nor for the
 * elements in `lifted` (layout-boxes.ts); at the "wrapper" rung no chrome word does, strong ones
 * included ("newsletter-post" on the article of a newsletter's site), while the boxes holding less
 * of it (the comments under the post, a subscribe box) stay chrome by their words. Likewise at every rung an element that is chrome by its
 * tag or role (a side column, a footer, a tab list) but holds most of the page's prose is an
 * unclosed or misused wrapper around the article, not chrome; a hidden one stays chrome (a hidden
 * copy of the article is still a copy). An embedded post (a quoted tweet) is never chrome, nor is anything inside it.
 */
export function applyChrome(page: PageBlocks, level: ChromeLevel, lifted?: Uint8Array): void {
  const shares = proseShares(page);
  const share = level === "markup" ? null : shares;
  // At the "wrapper" rung even a strong chrome word yields on a box holding most of the prose.
  const strongHolds = level === "class";
  const embedded = embeddedPosts(page);
  for (let i = 0; i < page.elements.length; i++) {
    const parent = page.parent[i]!;
    if (embedded[i]) {
      page.inChrome[i] = false;
      continue;
    }
    const strength = page.classChrome[i]!;
    const byClass = share !== null && ((strength === 2 && (strongHolds || share[i]! <= WEAK_CHROME_MAX_PROSE_SHARE)) || (strength === 1 && share[i]! <= WEAK_CHROME_MAX_PROSE_SHARE && !lifted?.[i]));
    const wraps = shares[i]! > WEAK_CHROME_MAX_PROSE_SHARE && !isHidden(page.elements[i]!);
    const byMarkup = page.markupChrome[i]! && !wraps;
    page.inChrome[i] = byMarkup || byClass || (parent >= 0 && page.inChrome[parent]!);
  }
  markBioBoxes(page);
  for (const block of page.blocks) block.chrome = page.inChrome[block.holder]!;
}

/** For each element, whether it is an embedded post or inside one. */
const embeddedPosts = oncePerPage((page): Uint8Array => {
  const embedded = new Uint8Array(page.elements.length);
  for (let i = 0; i < page.elements.length; i++) {
    const parent = page.parent[i]!;
    if ((parent >= 0 && embedded[parent]) || isEmbeddedPost(page.elements[i]!)) embedded[i] = 1;
  }
  return embedded;
});

/** For each element, its share of the page's prose characters (body-like blocks only). */
const proseShares = oncePerPage((page): Float64Array => {
  const chars = new Float64Array(page.elements.length);
  let total = 0;
  for (const block of page.blocks) {
    if (!isBodyText(block.text)) continue;
    chars[block.owner] = chars[block.owner]! + block.text.length;
    total += block.text.length;
  }
  for (let i = page.elements.length - 1; i > 0; i--) {
    const parent = page.parent[i]!;
    if (parent >= 0) chars[parent] = chars[parent]! + chars[i]!;
  }
  if (total > 0) for (let i = 0; i < chars.length; i++) chars[i] = chars[i]! / total;
  return chars;
});
