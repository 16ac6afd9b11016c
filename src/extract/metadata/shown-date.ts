import { classWords } from "../html/chrome.js";
import { shortTextOf, type HtmlElement } from "../html/tree.js";
import { findDate, isDateOnlyLine } from "./text-dates.js";

/**
 * The date a page shows its reader beside the headline: a date or byline element ("post-date",
 * "entry-meta", <time>, "author"), or a short line of the page that is a date, or holds one
 * between separators ("By Jane Doe - Mar 27, 2024", "Jane Doe | Senior Writer | July 2, 2025",
 * "Updated Dec 18, 2025 · 12 min read"). Dates are collected in document order, and the one
 * nearest the headline is taken: lists of other stories and "today's date" widgets sit further
 * away.
 */

/** Class and id words of elements that show a post's date ("post-date", "entrydate", "blog_dt", "byline"). */
const DATE_WORD = /date|time|publish|updated|posted|^dt$|^byline$|^author$|^meta$|^info$/;
/** Date and byline elements read at most: each read takes the element's text. */
const MAX_DATE_ELEMENTS = 200;
/** Lines of text read at most (elements with text of their own): a page's header, headline and byline fit. */
const MAX_LINES = 400;
/** A date line holds a date, a label, a name or a reading time, not a paragraph. */
const DATE_LINE_MAX_CHARS = 100;
/** Dates kept at most: enough to span a header, the headline and a byline. */
const MAX_DATES = 50;
/** Elements between the headline and a date beside it, at most (the byline's links, icons, labels). */
const BESIDE_HEADLINE = 30;
/** Separators between the parts of a byline line. */
const SEGMENT_SEPARATOR = /\s[|·•・–—-]\s/u;

export class ShownDates {
  private order = 0;
  private readonly dates: { iso: string; order: number }[] = [];
  private readonly headings: number[] = [];
  private dateElements = 0;
  private lines = 0;

  /** Each element in document order; `heading` for the <h1>s the title is chosen from, in order. */
  visit(element: HtmlElement, heading = false): void {
    this.order++;
    if (heading) {
      this.headings.push(this.order);
      // The date line sits just under the headline, however many lines a mega-menu above it took.
      this.lines = 0;
      return;
    }
    if (this.dates.length >= MAX_DATES) return;
    const iso = this.dateOf(element);
    if (iso) this.dates.push({ iso, order: this.order });
  }

  /**
   * The shown date nearest the headline (the n-th <h1> visited), or the first one when the headline
   * is not an <h1>; `beside` says whether it sits within a byline's reach of the headline.
   */
  nearest(headingIndex: number): { iso: string; beside: boolean } | null {
    const at = this.headings[headingIndex];
    if (at === undefined) return this.dates[0] ? { iso: this.dates[0].iso, beside: false } : null;
    let best: { iso: string; order: number } | null = null;
    for (const date of this.dates) if (!best || Math.abs(date.order - at) < Math.abs(best.order - at)) best = date;
    return best ? { iso: best.iso, beside: Math.abs(best.order - at) <= BESIDE_HEADLINE } : null;
  }

  private dateOf(element: HtmlElement): string | null {
    if (isDateElement(element)) {
      if (this.dateElements++ >= MAX_DATE_ELEMENTS) return null;
      const text = lineOf(element);
      return text === null ? null : dateIn(text) ?? (element.tag === "time" ? dateIn(element.attrs["datetime"]) : null);
    }
    if (this.lines >= MAX_LINES || !hasOwnText(element)) return null;
    this.lines++;
    // An element holding the whole post may still write its date line itself: "<fieldset><legend>Title</legend> 20 December 2025 <div>…".
    const text = lineOf(element) ?? ownText(element);
    if (!text) return null;
    const line = isDateOnlyLine(text) ? text : text.split(SEGMENT_SEPARATOR).find(isDateOnlyLine);
    return line ? dateIn(line) : null;
  }
}

function isDateElement(element: HtmlElement): boolean {
  if (element.tag === "time") return true;
  const value = `${element.attrs["class"] ?? ""} ${element.attrs["id"] ?? ""}`;
  return value.length > 1 && classWords(value).some((word) => DATE_WORD.test(word));
}

/** Text of its own, not only inside children: where a line of the page is written. */
function hasOwnText(element: HtmlElement): boolean {
  return element.children.some((child) => typeof child === "string" && child.trim() !== "");
}

/** Indentation counts for nothing: a date line's text is read with this much room for white space. */
const INDENTED_CHARS = 4 * DATE_LINE_MAX_CHARS;

/** The element's text as one line, when short enough for a date line. */
function lineOf(element: HtmlElement): string | null {
  return asDateLine(shortTextOf(element, INDENTED_CHARS));
}

/** The element's own text, without its children's, when short enough for a date line. */
function ownText(element: HtmlElement): string | null {
  return asDateLine(element.children.filter((child): child is string => typeof child === "string").join(" "));
}

function asDateLine(text: string | null): string | null {
  const line = text?.replace(/\s+/g, " ").trim();
  return line && line.length <= DATE_LINE_MAX_CHARS ? line : null;
}

function dateIn(text: string | undefined): string | null {
  return text ? findDate(text)?.iso ?? null : null;
}
