import { SKIPPED_TAGS } from "../../lexicons/chrome-html.js";
import { classChromeStrength, isMarkupChrome, type ChromeStrength } from "./chrome.js";
import type { HtmlElement, HtmlNode } from "./tree.js";
import { decodeLeftoverEntities } from "./leftover-entities.js";
import { repairMojibake } from "../metadata/mojibake.js";

/**
 * The page as a flat list of text blocks: the text between two block-element boundaries, white
 * space collapsed, with how much of it sits in links and which element owns it. Elements are
 * numbered in document order, and each knows the range of numbers of its descendants, so "is this
 * block inside that element" is two comparisons. One iterative walk; no recursion.
 */

export type BlockKind = "paragraph" | "heading" | "item" | "quote" | "other";

export interface Block {
  text: string;
  /** Characters of the text inside <a> elements. */
  linkChars: number;
  /** Link text before any text outside a link (collapsed): a teaser starts with its headline link. */
  leadingLink: string;
  kind: BlockKind;
  /** Document-order number of the innermost block element that holds the text. */
  owner: number;
  /** Document-order number of the innermost element of any kind that holds the text (a <span class="ad">). */
  holder: number;
  /** Set when an ancestor is chrome by the rules in force (html-chrome-levels.ts): the text is never body. */
  chrome: boolean;
}

export interface PageBlocks {
  blocks: Block[];
  /** Elements in document order; index = element number. */
  elements: HtmlElement[];
  /** For element i, the last element number inside it (i itself when it has no element children). */
  lastInside: number[];
  /** Whether element i is chrome by its tag, role or visibility. */
  markupChrome: boolean[];
  /** How strongly element i's class and id words name chrome (never set on html, body, main). */
  classChrome: ChromeStrength[];
  /** Whether element i is chrome or inside chrome, by the rules in force (html-chrome-levels.ts). */
  inChrome: boolean[];
  /** For element i, the number of its parent element (-1 for the root). */
  parent: number[];
}

/**
 * A fact about a page that the chrome rules do not change (its blocks' text and the tree's shape):
 * worked out on first asking and kept with the page, though each rung of the ladder asks again
 * (content.ts findMainText runs up to four rungs, some twice).
 */
export function oncePerPage<T>(work: (page: PageBlocks) => T): (page: PageBlocks) => T {
  const known = new WeakMap<PageBlocks, T>();
  return (page) => {
    if (known.has(page)) return known.get(page)!;
    const value = work(page);
    known.set(page, value);
    return value;
  };
}

/** Elements that start and end a block of text. Everything else is inline and joins its neighbours. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "body", "html", "center", "caption",
]);
/** Table cells join their row's line, separated by a space: a row of a table reads as one line. */
const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);
const HEADINGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/**
 * Containers the class rules never apply to: a page's whole body often carries layout words
 * ("has-sidebar"); a table row is a row of data, whatever its class says ("player-2020-580" on
 * the rows of a standings table). Layout tables put their side columns in cells, not rows.
 */
const NEVER_CLASS_CHROME: ReadonlySet<string> = new Set(["html", "body", "main", "#root", "tr"]);

const SPACES = /\s+/g;

interface Frame {
  element: HtmlElement;
  number: number;
  link: boolean;
  kind: BlockKind;
  /** Number of the innermost block element at or above this one: the owner of text read here. */
  block: number;
}

/** Walk the tree into blocks, noting which elements look like chrome; no rule is applied yet. */
export function collectBlocks(root: HtmlElement): PageBlocks {
  const page: PageBlocks = { blocks: [], elements: [], lastInside: [], markupChrome: [], classChrome: [], inChrome: [], parent: [] };
  let text = "";
  let linkChars = 0;
  let leadingLink = "";
  let leadOpen = true;
  const frames: Frame[] = [];
  const flush = (): void => {
    const top = frames[frames.length - 1];
    if (top && text.length > 0) {
      const collapsed = repairMisreadText(decodeLeftoverEntities(text.replace(SPACES, " ").trim()));
      if (collapsed) {
        page.blocks.push({ text: collapsed, linkChars: Math.min(linkChars, collapsed.length), leadingLink: leadingLink.replace(SPACES, " ").trim(), kind: top.kind, owner: top.block, holder: top.number, chrome: false });
      }
    }
    text = "";
    linkChars = 0;
    leadingLink = "";
    leadOpen = true;
  };
  // The work stack holds nodes to enter and, as numbers, element numbers to leave.
  const work: (HtmlNode | number)[] = [root];
  while (work.length > 0) {
    const item = work.pop()!;
    if (typeof item === "number") {
      const frame = frames[frames.length - 1]!;
      if (BLOCK_TAGS.has(frame.element.tag)) flush();
      else if (CELL_TAGS.has(frame.element.tag)) text += " ";
      page.lastInside[frame.number] = page.elements.length - 1;
      frames.pop();
      continue;
    }
    if (typeof item === "string") {
      text += item;
      if (frames[frames.length - 1]?.link) {
        linkChars += item.length;
        if (leadOpen) leadingLink += item;
      } else if (leadOpen && item.trim() !== "") {
        leadOpen = false;
      }
      continue;
    }
    if (SKIPPED_TAGS.has(item.tag)) continue;
    const parent = frames[frames.length - 1];
    const number = page.elements.length;
    page.elements.push(item);
    page.markupChrome.push(isMarkupChrome(item));
    page.classChrome.push(NEVER_CLASS_CHROME.has(item.tag) ? 0 : classChromeStrength(item));
    page.inChrome.push(false);
    page.parent.push(parent?.number ?? -1);
    page.lastInside.push(number);
    if (BLOCK_TAGS.has(item.tag)) flush();
    frames.push({
      element: item,
      number,
      link: item.tag === "a" || (parent?.link ?? false),
      kind: kindOf(item.tag, parent?.kind),
      block: BLOCK_TAGS.has(item.tag) ? number : parent?.block ?? number,
    });
    work.push(number);
    for (let i = item.children.length - 1; i >= 0; i--) work.push(item.children[i]!);
  }
  return page;
}

/**
 * A control character of the C1 range (U+0080 to U+009F) is never text: a block holding one was
 * UTF-8 read as Latin-1 before it reached the page ("youâ\u0080\u0099re" for "you’re"), and is
 * read again as UTF-8 (metadata/mojibake.ts). Blocks without one are left alone, so a real "Â£"
 * stays as written.
 */
function repairMisreadText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && code <= 0x9f) return repairMojibake(text);
  }
  return text;
}

function kindOf(tag: string, inherited: BlockKind | undefined): BlockKind {
  if (HEADINGS.has(tag)) return "heading";
  if (tag === "li" || tag === "dd" || tag === "dt") return "item";
  if (tag === "p") return "paragraph";
  if (tag === "blockquote") return "quote";
  if (BLOCK_TAGS.has(tag)) return inherited === "item" || inherited === "quote" ? inherited : "other";
  return inherited ?? "other";
}
