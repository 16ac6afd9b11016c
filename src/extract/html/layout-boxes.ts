import type { PageBlocks } from "./blocks.js";
import { isNamedForLayoutOnly } from "./chrome.js";

/**
 * Boxes inside the article that a weak chrome word names only for how they are built ("widget",
 * "embed", "hidden", "more"): the product cards of a list article, a place card embedded in a city
 * guide, a "show more" panel holding the rest of a section. Outside the article such boxes are
 * chrome (a sidebar widget, an embedded player); inside the article's container they are its
 * parts. A box inside chrome that stays chrome (a share bar, a related list) is never lifted, nor
 * is a box named for what it is for ("subscribe", "disclaimer", "bio"): those stay chrome wherever
 * they sit. Returns the element numbers to count as body, or null when there are none.
 */
export function layoutBoxesInside(page: PageBlocks, container: number): Uint8Array | null {
  const lifted = new Uint8Array(page.elements.length);
  // Elements inside the container that stay chrome once the layout boxes are lifted.
  const chrome = new Uint8Array(page.elements.length);
  let any = false;
  for (let i = container + 1; i <= page.lastInside[container]!; i++) {
    const parent = page.parent[i]!;
    const strength = page.classChrome[i]!;
    if (chrome[parent] || page.markupChrome[i] || strength === 2) chrome[i] = 1;
    else if (strength === 1 && isNamedForLayoutOnly(page.elements[i]!)) {
      lifted[i] = 1;
      any = true;
    } else if (strength === 1) chrome[i] = 1;
  }
  return any ? lifted : null;
}
