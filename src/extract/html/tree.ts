import { Parser, type Handler, type ParserOptions } from "htmlparser2";

/**
 * A light element tree built straight from htmlparser2's events: tag, attributes, children,
 * parent. No DOM, no selectors, no layout: the extractor needs only to walk it. htmlparser2
 * closes implied tags (<p>, <li>, <td> …) and tolerates broken markup; the tree is built with an
 * explicit stack, and every walk over it is iterative, so 10,000-deep nesting cannot overflow
 * the call stack. Elements deeper than MAX_DEPTH are flattened into their ancestor at that depth
 * (their text stays, their tags go): htmlparser2 keeps its open-tag stack with unshift/indexOf, so
 * unbounded nesting made parsing quadratic, and no article needs 256 levels.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** Text nodes are plain strings (entities decoded): cheaper than objects and all we need. */
export type HtmlNode = HtmlElement | string;

export interface HtmlTree {
  root: HtmlElement;
  /** Raw text of every <script type="application/ld+json">, in document order. */
  jsonLd: string[];
  /** Text of the <title> element. */
  title: string;
}

/**
 * Elements whose text is never article text and whose inside is not needed: skipped while
 * parsing, which also keeps 10 MB of inline scripts out of the tree. JSON-LD scripts are kept
 * apart (HtmlTree.jsonLd). <svg> and <math> hold labels and formulas, not prose.
 */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "textarea"]);

export const MAX_DEPTH = 256;

/** `<template id="P:3">`: where a streamed part of the page goes (streamed-segments.ts); kept, though templates are dropped. */
export const STREAM_PLACE_ID = /^[PB]:[0-9a-z]+$/i;

function isStreamPlace(name: string, attrs: Record<string, string>): boolean {
  return name === "template" && STREAM_PLACE_ID.test(attrs["id"] ?? "");
}

/**
 * htmlparser2's Parser with open tags beyond MAX_DEPTH ignored, and as many closes of the same
 * name with them, so its stack never grows past the bound. It reads tag names from the one string
 * it is given (parseHtml writes the document in one piece). Overrides two tokenizer callbacks of
 * htmlparser2 10.1 (the version is pinned for this).
 */
class DepthBoundParser extends Parser {
  private readonly skipped = new Map<string, number>();
  /** Opens skipped and not yet closed, all names together: while none is, a close goes straight to htmlparser2 (almost every page). */
  private skippedOpen = 0;

  constructor(
    handler: Partial<Handler>,
    options: ParserOptions,
    private readonly html: string,
    private readonly depth: () => number,
  ) {
    super(handler, options);
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.depth() >= MAX_DEPTH) {
      const name = this.html.slice(start, endIndex).toLowerCase();
      if (!this.isVoidElement(name)) {
        this.skipped.set(name, (this.skipped.get(name) ?? 0) + 1);
        this.skippedOpen++;
        return;
      }
    }
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.skippedOpen === 0) return super.onclosetag(start, endIndex);
    const name = this.html.slice(start, endIndex).toLowerCase();
    const skipped = this.skipped.get(name) ?? 0;
    if (skipped > 0) {
      this.skipped.set(name, skipped - 1);
      this.skippedOpen--;
    } else super.onclosetag(start, endIndex);
  }
}

export function parseHtml(html: string): HtmlTree {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [], parent: null };
  const tree: HtmlTree = { root, jsonLd: [], title: "" };
  let current = root;
  /** Depth of `current` below the root. */
  let depth = 0;
  /** Depth inside a dropped element: its descendants are not built. */
  let dropped = 0;
  let capture: { kind: "json" | "title"; text: string } | null = null;
  const parser = new DepthBoundParser(
    {
      onopentag(name, attrs) {
        if (dropped > 0 || (DROPPED_ELEMENTS.has(name) && !isStreamPlace(name, attrs))) {
          dropped++;
          if (dropped === 1 && name === "script" && /ld\+json/i.test(attrs["type"] ?? "")) capture = { kind: "json", text: "" };
          return;
        }
        if (name === "title" && !tree.title) capture = { kind: "title", text: "" };
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
        depth++;
      },
      ontext(text) {
        if (capture) capture.text += text;
        if (dropped > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (dropped > 0) {
          dropped--;
          if (dropped === 0 && capture?.kind === "json") {
            tree.jsonLd.push(capture.text);
            capture = null;
          }
          return;
        }
        if (capture?.kind === "title" && name === "title") {
          tree.title = capture.text.replace(/\s+/g, " ").trim();
          capture = null;
        }
        // htmlparser2 reports closes in order, implied ones included; guard against a stray close anyway.
        if (current.parent && current.tag === name) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    html,
    // Dropped elements are on htmlparser2's stack too.
    () => depth + dropped,
  );
  parser.write(html);
  parser.end();
  return tree;
}

/** Every element under `root` (itself included) in document order, without recursion. */
export function* elements(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (typeof child !== "string") stack.push(child);
    }
  }
}

/** All text under `root`, white space as written. Iterative. */
export function textOf(root: HtmlElement): string {
  return shortTextOf(root, Infinity)!;
}

/**
 * All text under `root`, a space where an element of `breaks` starts or ends: "RAIN<br>GAUGES",
 * "<span class=block>Title</span><span class=block>Subtitle</span>" read as words, not run together.
 */
export function spacedTextOf(root: HtmlElement, breaks: ReadonlySet<string>): string {
  let text = "";
  const stack: (HtmlNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null || typeof node === "string") {
      text += node ?? " ";
      continue;
    }
    const spaced = node !== root && breaks.has(node.tag);
    if (spaced) {
      text += " ";
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
}

/** The text under `root` when it is at most `max` characters, else null: stops reading once over. */
export function shortTextOf(root: HtmlElement, max: number): string | null {
  let text = "";
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      text += node;
      if (text.length > max) return null;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
}
