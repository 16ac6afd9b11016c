import { authorsFromByline, creditFromByline } from "./authors.js";
import { classWords } from "../html/chrome.js";
import { shortTextOf, type HtmlElement, type HtmlNode } from "../html/tree.js";

/**
 * The bylines a page shows its reader, in document order, each kept as its element so that a byline
 * whose whole text is not a list of names ("Jane Doe · Senior Writer · July 2, 2025" split across
 * children, a name over a bio) can still be read piece by piece:
 *   - elements marked as bylines: rel=author, itemprop=author, byline/author classes;
 *   - elements whose own text opens with "By" ("By <a>Jane Doe</a>", "Written by Jane Doe", "by: Jane Doe");
 *   - the element after a label element ("<p>Written by</p><p>Jane Doe</p>", "<h2>Article by</h2><div>…").
 */

/** Class and id words of byline elements. */
const BYLINE_WORDS: ReadonlySet<string> = new Set(["byline", "author", "authors", "writer", "creator"]);
/** …unless they are a comment form's or a reply's ("comment-form-author", "comment-author"). */
const NOT_BYLINE_WORDS: ReadonlySet<string> = new Set(["comment", "comments", "form", "reply", "replies"]);
/** Own text that opens a byline: "By", "Written by Jane Doe", "by: Jane Doe", "Posted by", "Contributors: Jane Doe". */
const BY_OPENER = /^(?:(?:(?:written|words|posted|article|authored)\s+)?by\s*:?|(?:authors?|contributors?)\s*:)(?:\s|$)/i;
/** An element whose whole text is a byline's label, naming no one: the name is in the next element. */
const BYLINE_LABEL = /^(?:(?:written|words|posted|article|authored)\s+by|by|authors?)\s*:?$/i;
/** Byline elements read: the article's comes first, but a photo credit or an empty box may come before it. */
const MAX_BYLINES = 8;
/** A byline's text is a few names; longer text is a bio or a list of stories. */
const BYLINE_MAX_CHARS = 120;
/** Pieces of text read inside a byline element whose whole text names no one: the name comes first. */
const MAX_PIECES = 6;
/**
 * A lower-case letter run into a capital: the texts of two elements with no space between them
 * ("Jane DoeStaff Writer", "KitKit"), so the byline is read piece by piece. Names such as
 * "McDonald" match too; their piece still reads whole.
 */
const GLUED = /\p{Ll}\p{Lu}/u;
/** A label is a word or two. */
const LABEL_MAX_CHARS = 20;

interface Byline {
  element: HtmlElement;
  /**
   * Marked as a byline (by markup, or by a label before it): its pieces of text may be read one by
   * one, and a credit that is not a person's name is taken. An element found only by its "By"
   * opener is read whole: "By continuing you agree to our <a>Privacy Policy</a>" opens with "By" too.
   */
  marked: boolean;
}

export class ShownBylines {
  private readonly found: Byline[] = [];

  visit(element: HtmlElement): void {
    if (this.found.length >= MAX_BYLINES) return;
    if (isBylineElement(element)) {
      this.found.push({ element, marked: true });
    } else if (opensWithBy(element)) {
      this.found.push({ element, marked: false });
    } else {
      const named = elementAfterLabel(element);
      if (named) this.found.push({ element: named, marked: true });
    }
  }

  /** The names of each byline, in order: its whole text, else its first piece of text that names someone. */
  names(): string[][] {
    return this.found.map(namesIn);
  }

  /**
   * Credits that are not shaped like a person's name ("QuillFox", "Harbor Staff", "The Orchard Team"),
   * as the page writes them in a marked byline: the page's own credit, trusted least.
   */
  credits(): string[][] {
    return this.found.map(creditIn);
  }
}

function namesIn({ element, marked }: Byline): string[] {
  const text = shortTextOf(element, BYLINE_MAX_CHARS);
  const whole = text && !(marked && GLUED.test(text)) ? authorsFromByline(text) : [];
  if (whole.length > 0 || !marked) return whole;
  for (const piece of textPieces(element, MAX_PIECES)) {
    const names = authorsFromByline(piece);
    if (names.length > 0) return names;
  }
  return text ? authorsFromByline(text) : [];
}

/** The credit of a marked byline: its whole text, or its first piece that is one where the pieces run together. */
function creditIn({ element, marked }: Byline): string[] {
  if (!marked) return [];
  const text = shortTextOf(element, BYLINE_MAX_CHARS);
  const pieces = text && GLUED.test(text) ? textPieces(element, MAX_PIECES) : [text];
  for (const piece of pieces) {
    const credit = creditFromByline(piece);
    if (credit) return [credit];
  }
  return [];
}

/** The first `max` non-blank text nodes under `root`, in order, trimmed. */
function textPieces(root: HtmlElement, max: number): string[] {
  const pieces: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0 && pieces.length < max) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      const piece = node.trim();
      if (piece) pieces.push(piece);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return pieces;
}

function isBylineElement(element: HtmlElement): boolean {
  const attrs = element.attrs;
  if (attrs["rel"] === "author" || attrs["itemprop"] === "author") return true;
  const value = `${attrs["class"] ?? ""} ${attrs["id"] ?? ""}`;
  if (value.length <= 1) return false;
  const words = classWords(value);
  return words.some((word) => BYLINE_WORDS.has(word)) && !words.some((word) => NOT_BYLINE_WORDS.has(word));
}

/** Own text opening with "By" and more than the opener: "By <a>Jane Doe</a>", "Written by Jane Doe". */
function opensWithBy(element: HtmlElement): boolean {
  const first = element.children.find((child) => typeof child !== "string" || child.trim() !== "");
  if (typeof first !== "string") return false;
  const opener = first.trim();
  return BY_OPENER.test(opener) && (element.children.length > 1 || !BYLINE_LABEL.test(opener));
}

/** For a label element ("Written by"), the next sibling with text: where the name is. */
function elementAfterLabel(element: HtmlElement): HtmlElement | null {
  const parent = element.parent;
  if (!parent || element.children.length !== 1) return null;
  const label = shortTextOf(element, LABEL_MAX_CHARS)?.trim();
  if (!label || !BYLINE_LABEL.test(label)) return null;
  const siblings = parent.children;
  for (let i = siblings.indexOf(element) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (typeof next === "string") {
      if (next.trim()) return null;
      continue;
    }
    if (shortTextOf(next, BYLINE_MAX_CHARS)?.trim()) return next;
  }
  return null;
}
