import { oncePerPage, type Block, type PageBlocks } from "./blocks.js";
import { endsWithSentence, isHeadlineLike, makeLine } from "../text/lines.js";
import { LINK_DENSE_SHARE, TEASER_CARD_MAX_BLOCKS, TEASER_CARD_LEVELS, TEASER_LEAD_MIN_CHARS, TEASER_MAX_CHARS } from "./thresholds.js";

/**
 * Teasers: the snippets of other stories in lists around an article ("Latest news", "Breaking").
 * They read as prose and are seldom links themselves, so link density misses them. Their shape
 * gives them away: a short text that opens with a headline link ("<a>Headline</a> NEW YORK: An
 * Indian-origin man …"), or a short text in a small box (a card) that also holds a headline link.
 * An article's paragraphs sit many to a box and rarely open with a long link.
 */
export const findTeasers = oncePerPage((page: PageBlocks): readonly boolean[] => {
  const blocksInside = new Int32Array(page.elements.length);
  const linkHeadlinesInside = new Int32Array(page.elements.length);
  const linkHeadline = page.blocks.map((block) => block.linkChars > block.text.length * LINK_DENSE_SHARE && isHeadlineLike(makeLine(block.text)));
  page.blocks.forEach((block, i) => {
    blocksInside[block.owner] = blocksInside[block.owner]! + 1;
    if (linkHeadline[i]) linkHeadlinesInside[block.owner] = linkHeadlinesInside[block.owner]! + 1;
  });
  for (let i = page.elements.length - 1; i > 0; i--) {
    const parent = page.parent[i]!;
    if (parent < 0) continue;
    blocksInside[parent] = blocksInside[parent]! + blocksInside[i]!;
    linkHeadlinesInside[parent] = linkHeadlinesInside[parent]! + linkHeadlinesInside[i]!;
  }
  return page.blocks.map((block, i) => {
    if (linkHeadline[i] || block.text.length > TEASER_MAX_CHARS) return false;
    if (opensWithHeadlineLink(block)) return true;
    let element = block.owner;
    for (let level = 0; level < TEASER_CARD_LEVELS && element >= 0; level++, element = page.parent[element]!) {
      if (blocksInside[element]! > TEASER_CARD_MAX_BLOCKS) return false;
      if (linkHeadlinesInside[element]! > 0) return true;
    }
    return false;
  });
});

/** After the headline link comes a new sentence (a capital, a digit, a quote), not the rest of the link's sentence. */
const NEW_SENTENCE_START = /^[\s:|–—-]*["“‘«]?[\p{Lu}\p{N}]/u;

function opensWithHeadlineLink(block: Block): boolean {
  const lead = block.leadingLink;
  if (lead.length < TEASER_LEAD_MIN_CHARS || lead.length >= block.text.length || endsWithSentence(lead)) return false;
  return NEW_SENTENCE_START.test(block.text.slice(lead.length));
}
