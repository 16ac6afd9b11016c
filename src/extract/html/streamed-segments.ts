import { isStreamedSegment } from "./chrome.js";
import { elements, STREAM_PLACE_ID, type HtmlElement } from "./tree.js";

/**
 * Server-rendered React pages stream late parts of a page as `<div hidden id="S:d">` at the end of
 * the body, and a script moves each into its place, marked by `<template id="P:d">` (a segment)
 * or `<template id="B:d">` (a boundary whose fallback says "Loading …"). An article streamed so
 * sits in a dozen such blocks, one section each, far from the headline; put back in place, the
 * article is one piece again, as a reader sees it. A segment whose place is missing stays where it is.
 */

export function placeStreamedSegments(root: HtmlElement): void {
  const segments: HtmlElement[] = [];
  const places = new Map<string, HtmlElement>();
  for (const element of elements(root)) {
    const id = element.attrs["id"];
    if (id === undefined) continue;
    if (element.attrs["hidden"] !== undefined && isStreamedSegment(element)) segments.push(element);
    else if (element.tag === "template" && STREAM_PLACE_ID.test(id)) places.set(id.slice(2), element);
  }
  for (const segment of segments) {
    const place = places.get(segment.attrs["id"]!.slice(2));
    if (!place?.parent || !segment.parent || isWithin(place, segment)) continue;
    const from = segment.parent.children;
    from.splice(from.indexOf(segment), 1);
    for (const child of segment.children) if (typeof child !== "string") child.parent = place.parent;
    // concat, not a spread into splice: a segment may hold more children than a call takes arguments.
    const into = place.parent.children;
    const at = into.indexOf(place);
    place.parent.children = into.slice(0, at).concat(segment.children, into.slice(at + 1));
    place.parent = null;
  }
}

function isWithin(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let at: HtmlElement | null = element; at; at = at.parent) if (at === ancestor) return true;
  return false;
}
