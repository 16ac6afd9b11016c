import {
  BODY_CLASS_WORDS,
  CHROME_CLASS_STEMS,
  CHROME_CLASS_WORDS,
  CHROME_CLASS_WORDS_STRONG,
  CHROME_ROLES,
  CHROME_TAGS,
  COLLAPSED_PANEL_WORDS,
  EMBEDDED_POST_CLASSES,
  LAYOUT_CHROME_WORDS,
  HIDDEN_STYLE,
} from "../../lexicons/chrome-html.js";
import { elements, type HtmlElement } from "./tree.js";

/**
 * Element-level chrome rules: is this element (with everything inside it) page chrome, judged by
 * its markup alone? The text inside is judged later by the line rules of chrome-rules.ts, which
 * also serve scraped text. Two strengths, for the fallback ladder of html-content.ts:
 * "markup" (tags, roles, hidden) is always applied, "class" (class and id words) can be turned off
 * when it would leave a page without an article, and "wrapper" (class and id words on every box but
 * the ones that hold most of the page's prose) sits between the two.
 */

export type ChromeLevel = "markup" | "wrapper" | "class";

/**
 * "relatedArticles sidebar__item" → ["related", "articles", "sidebar", "item"]. A page repeats the
 * same class strings on hundreds of elements, and several rules read each one: the words of each
 * string are split once (a tenth of extraction's time went to splitting them again).
 */
export function classWords(value: string): readonly string[] {
  let words = CLASS_WORDS.get(value);
  if (!words) {
    if (CLASS_WORDS.size >= MAX_CACHED_CLASSES) CLASS_WORDS.clear();
    const key = detached(value);
    words = key
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    CLASS_WORDS.set(key, words);
  }
  return words;
}

const CLASS_WORDS = new Map<string, readonly string[]>();
/** Distinct class strings kept: a few pages' worth; past it the cache starts again, bounding memory. */
const MAX_CACHED_CLASSES = 20_000;

/**
 * The same characters in a string of their own. An attribute value is a slice of its page's whole
 * HTML, and V8 keeps a long slice (and words split from it) pointing into that page: cached as
 * it is, each class string kept its page alive (after 181 pages, 60 MB held for nothing, and the
 * garbage collector copying and marking them over and over). Joining with a character and cutting
 * it off again makes V8 copy the characters out.
 */
function detached(value: string): string {
  return ` ${value}`.slice(1);
}

/** Whether the element is chrome by its tag, role or visibility. */
export function isMarkupChrome(element: HtmlElement): boolean {
  if (CHROME_TAGS.has(element.tag)) return element.tag === "figure" ? !holdsArticleMatter(element) : true;
  const attrs = element.attrs;
  const role = attrs["role"];
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (attrs["aria-hidden"] === "true") return true;
  return isHidden(element) && !isStreamedSegment(element) && !isCollapsedPanel(element);
}

/** Hidden from every reader: the `hidden` attribute, aria-hidden, or an inline style that hides it. */
export function isHidden(element: HtmlElement): boolean {
  const attrs = element.attrs;
  const style = attrs["style"];
  return attrs["hidden"] !== undefined || attrs["aria-hidden"] === "true" || (style !== undefined && HIDDEN_STYLE.test(style));
}

/**
 * The closed panel of an accordion (FAQ answers, the steps of a guide) is hidden until its heading
 * is clicked, but it is the article's text: an ARIA accordion panel (a region labelled by its
 * heading), or a box its class names as one ("accordion-panel", "collapse").
 */
function isCollapsedPanel(element: HtmlElement): boolean {
  const attrs = element.attrs;
  if (attrs["role"] === "region" && attrs["aria-labelledby"] !== undefined) return true;
  return attrs["class"] !== undefined && classWords(attrs["class"]).some((word) => COLLAPSED_PANEL_WORDS.has(word));
}

/**
 * A figure is an image and its caption, chrome; but editors also put the article's tables and
 * quotations in one (a block editor wraps every table in <figure>): those are body. A caption
 * inside stays chrome by its own tag.
 */
function holdsArticleMatter(figure: HtmlElement): boolean {
  for (const element of elements(figure)) if (element.tag === "table" || element.tag === "blockquote") return true;
  return false;
}

/**
 * Server-rendered React streams late parts of a page as `<div hidden id="S:2">`, moved into place
 * by a script: the article itself may sit there, hidden only until the script runs.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-z]+$/i;

export function isStreamedSegment(element: HtmlElement): boolean {
  return element.tag === "div" && STREAMED_SEGMENT_ID.test(element.attrs["id"] ?? "");
}

/** 0: no chrome word; 1: a chrome word a body word may overrule; 2: a chrome word that wins anyway. */
export type ChromeStrength = 0 | 1 | 2;

/** How strongly the element's class or id names a chrome box (and not the body instead). */
export function classChromeStrength(element: HtmlElement): ChromeStrength {
  const value = classAndId(element);
  if (!value) return 0;
  let chrome = false;
  let body = false;
  const words = classWords(value);
  const panel = words.some((word) => COLLAPSED_PANEL_WORDS.has(word));
  for (const [i, word] of words.entries()) {
    if (word === "hidden" && (panel || clipsOverflow(words, i))) continue;
    if (CHROME_CLASS_WORDS_STRONG.has(word)) return 2;
    if (isChromeWord(word)) chrome = true;
    if (BODY_CLASS_WORDS.has(word)) body = true;
  }
  return chrome && !body ? 1 : 0;
}

/**
 * "overflow-hidden", "overflow-x-hidden": a utility class that clips what overflows a box, which
 * is shown (utility-first CSS writes it on the article's own columns), not a hidden box.
 */
function clipsOverflow(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  return before === "overflow" || ((before === "x" || before === "y") && words[at - 2] === "overflow");
}

/** Whether every chrome word of the element's class and id names how a box is built, not what it is for. */
export function isNamedForLayoutOnly(element: HtmlElement): boolean {
  const words = classWords(classAndId(element)).filter(isChromeWord);
  return words.length > 0 && words.every((word) => LAYOUT_CHROME_WORDS.has(word));
}

/**
 * The class and id read as one string of words; the class attribute itself when there is no id
 * (most elements), so that classWords finds it by a string whose hash is already known rather
 * than by a new one made for each call.
 */
function classAndId(element: HtmlElement): string {
  const { class: names, id } = element.attrs;
  if (!id) return names ?? "";
  return names ? `${names} ${id}` : id;
}

function isChromeWord(word: string): boolean {
  return CHROME_CLASS_WORDS.has(word) || CHROME_CLASS_STEMS.some((stem) => word.startsWith(stem));
}

/** One class name of EMBEDDED_POST_CLASSES, whole, in a class attribute; built once. */
const EMBEDDED_POST = new RegExp(`(?:^|\\s)(?:${[...EMBEDDED_POST_CLASSES].join("|")})(?:\\s|$)`, "i");

/** A post quoted from a social network (an embedded tweet): body, even inside a chrome wrapper. */
export function isEmbeddedPost(element: HtmlElement): boolean {
  const value = element.attrs["class"];
  return value !== undefined && EMBEDDED_POST.test(value);
}
