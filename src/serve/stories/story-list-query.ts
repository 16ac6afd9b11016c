import { CorroborateError } from "../../errors.js";
import type { StoryCursor, StoryQuery } from "../../store/index.js";

/**
 * The story list's URL parameters, the same on the list page (/) and the API (/api/stories,
 * /api/search):
 *   q        words every matching story has in one report (text, title, claim values, outlet), or a story id
 *   disputed "1" (or "on", from a checkbox): only stories with a disputed point
 *   from, to YYYY-MM-DD: only stories with a report dated in that range
 *   outlet   only stories with a report from this outlet (GET /api/outlets lists them)
 *   cursor   where the previous page ended (its `next` link carries it)
 *   limit    stories per page (the API only)
 */
export interface StoryListFilters {
  q: string;
  disputed: boolean;
  from: string;
  to: string;
  outlet: string;
}

/**
 * What the list page gets beside its stories, to render its filter form and pager:
 *   filters  the values to show in the form (q, disputed, from, to, outlet)
 *   matched  stories matching the filters, on every page (the page's `total` counts the whole store)
 *   next     the URL of the next page, or null on the last one
 *   first    the URL of the first page with the same filters, or null on the first page
 *   outlets  the outlet filter's choices, most reports first (GET /api/outlets gives their counts)
 */
export interface StoryListPaging {
  filters: StoryListFilters;
  outlets: string[];
  matched: number;
  next: string | null;
  first: string | null;
}

export interface StoryListRequest {
  filters: StoryListFilters;
  query: StoryQuery;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Read the list parameters; a malformed one is a CorroborateError (400) naming it. */
export function readStoryListRequest(param: (name: string) => string | undefined, limit: number): StoryListRequest {
  const filters: StoryListFilters = {
    q: (param("q") ?? "").trim(),
    disputed: /^(?:1|true|on|yes)$/i.test(param("disputed") ?? ""),
    from: (param("from") ?? "").trim(),
    to: (param("to") ?? "").trim(),
    outlet: (param("outlet") ?? "").trim(),
  };
  const fromDay = dayOf(filters.from, "from");
  const toDay = dayOf(filters.to, "to");
  if (fromDay !== null && toDay !== null && fromDay > toDay) throw badArgument("from must not be after to");
  return {
    filters,
    query: { limit, after: decodeCursor(param("cursor")), disputedOnly: filters.disputed, fromDay, toDay, outlet: filters.outlet || null, text: filters.q || null },
  };
}

/** `path` with the filters that are set, and a cursor when given: a page's own link or its next one. */
export function storyListLink(path: string, filters: StoryListFilters, cursor: StoryCursor | null = null, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.disputed) params.set("disputed", "1");
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.outlet) params.set("outlet", filters.outlet);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  if (cursor) params.set("cursor", encodeCursor(cursor));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Opaque to clients: the sort day and id of the last story shown, base64url. */
export function encodeCursor(cursor: StoryCursor): string {
  return Buffer.from(`${cursor.day}:${cursor.id}`).toString("base64url");
}

function decodeCursor(text: string | undefined): StoryCursor | null {
  if (!text) return null;
  const plain = Buffer.from(text, "base64url").toString("utf8");
  const colon = plain.indexOf(":");
  const day = Number(plain.slice(0, colon));
  if (colon < 1 || !Number.isInteger(day) || colon === plain.length - 1) throw badArgument("cursor is not one this server gave (follow a page's next link)");
  return { day, id: plain.slice(colon + 1) };
}

function dayOf(text: string, name: string): number | null {
  if (!text) return null;
  const ms = ISO_DAY.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) throw badArgument(`${name} must be a date as YYYY-MM-DD (got "${text}")`);
  return Math.floor(ms / DAY_MS);
}

function badArgument(message: string): CorroborateError {
  return new CorroborateError("E_BAD_ARGUMENT", "cli", message);
}
