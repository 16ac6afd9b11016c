import { classWords } from "../html/chrome.js";
import { shortTextOf, type HtmlElement } from "../html/tree.js";
import { findDate, isDateOnlyLine, type FoundDate } from "./text-dates.js";
import { UPDATE_LABEL } from "../../lexicons/chrome-meta.js";

/**
 * The date a page shows its reader beside the headline: a date or byline element ("post-date",
 * "entry-meta", <time>, "author"), or a short line of the page that is a date, or holds one
 * between separators ("By Jane Doe - Mar 27, 2024", "Jane Doe | Senior Writer | July 2, 2025",
 * "Updated Dec 18, 2025 · 12 min read"). Dates are collected in document order, and the one
 * nearest the headline is taken: lists of other stories and "today's date" widgets sit further
 * away. A date labelled as an update ("Last updated: …", "<span>Updated</span> <time>…") gives way
 * to a publication date shown beside the headline too.
 */

export interface ShownDate {
  iso: string;
  /** Within a byline's reach of the headline. */
  beside: boolean;
  /** Labelled as the day the story was changed. */
  update: boolean;
  /** Written with numbers that read as a date either way round ("09.10.2024"). */
  ambiguous: boolean;
}

interface SeenDate {
  iso: string;
  order: number;
  update: boolean;
  ambiguous: boolean;
}

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
/** A label element before a date element ("<span>Updated</span><time>…") is a word or two. */
const LABEL_MAX_CHARS = 30;
/** Separators between the parts of a byline line. */
const SEGMENT_SEPARATOR = /\s[|·•・–—-]\s/u;

export class ShownDates {
  private order = 0;
  private readonly dates: SeenDate[] = [];
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
    const found = this.dateOf(element);
    if (found) this.dates.push({ iso: found.iso, order: this.order, update: found.update, ambiguous: found.ambiguous });
  }

  /**
   * The shown date nearest the headline (the n-th <h1> visited), or the first one when the headline
   * is not an <h1>; `beside` says whether it sits within a byline's reach of the headline.
   */
  nearest(headingIndex: number): ShownDate | null {
    const at = this.headings[headingIndex];
    if (at === undefined) return this.dates[0] ? shownDate(this.dates[0], false) : null;
    const distance = (date: SeenDate) => Math.abs(date.order - at);
    const nearestOf = (dates: readonly SeenDate[]) => dates.reduce<SeenDate | null>((best, date) => (!best || distance(date) < distance(best) ? date : best), null);
    const published = nearestOf(this.dates.filter((date) => !date.update && distance(date) <= BESIDE_HEADLINE));
    const best = published ?? nearestOf(this.dates);
    return best ? shownDate(best, distance(best) <= BESIDE_HEADLINE) : null;
  }

  /** Whether the page shows this day written so that it reads one way only ("3 October 2023", not "03/10/2023"). */
  showsPlainly(iso: string): boolean {
    return this.dates.some((date) => date.iso === iso && !date.ambiguous);
  }

  private dateOf(element: HtmlElement): (FoundDate & { update: boolean }) | null {
    if (isDateElement(element)) {
      if (this.dateElements++ >= MAX_DATE_ELEMENTS) return null;
      const text = lineOf(element);
      if (text === null) return null;
      const found = findDate(text) ?? (element.tag === "time" ? findDate(element.attrs["datetime"] ?? "") : null);
      return found ? { ...found, update: labelledUpdate(element, found.index > 0 ? text.slice(0, found.index) : "") } : null;
    }
    if (this.lines >= MAX_LINES || !hasOwnText(element)) return null;
    this.lines++;
    // An element holding the whole post may still write its date line itself: "<fieldset><legend>Title</legend> 20 December 2025 <div>…".
    const text = lineOf(element) ?? ownText(element);
    if (!text) return null;
    const line = isDateOnlyLine(text) ? text : text.split(SEGMENT_SEPARATOR).find(isDateOnlyLine);
    const found = line ? findDate(line) : null;
    return found && line ? { ...found, update: labelledUpdate(element, line.slice(0, found.index)) } : null;
  }
}

function shownDate(date: SeenDate, beside: boolean): ShownDate {
  return { iso: date.iso, beside, update: date.update, ambiguous: date.ambiguous };
}

/** The words before a date in its line, or else the label element just before it, say "updated". */
function labelledUpdate(element: HtmlElement, before: string): boolean {
  if (before.trim()) return UPDATE_LABEL.test(before.trim());
  const siblings = element.parent?.children ?? [];
  for (let i = siblings.indexOf(element) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    const text = (typeof sibling === "string" ? sibling : shortTextOf(sibling, LABEL_MAX_CHARS))?.trim();
    if (text) return text.length <= LABEL_MAX_CHARS && UPDATE_LABEL.test(text);
  }
  return false;
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
