import type { Attribution } from "../../types.js";
import {
  CREDIT_LINE_PATTERN,
  DESK_SUFFIX_PATTERN,
  INPUTS_FROM_PATTERN,
  NON_PLACE_LABELS,
  ORIGINALLY_APPEARED_PATTERN,
} from "../../lexicons/chrome-meta.js";
import { isBodyLike, isKept, makeLine, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import { findDate, isDateOnlyLine } from "../metadata/text-dates.js";

/**
 * Metadata carried by whole lines of scraped text: the scraper's leading date, bylines (with
 * desk, place and date), date lines, datelines alone on a line, and lines that credit another
 * outlet or agencies. Each such line is removed from the body with a META_* rule.
 */

export interface TextMetadata {
  byline: string | null;
  dateline: string | null;
  /** Outlet named by a desk byline ("X News Desk"). */
  deskOutlet: string | null;
  /** Dates found on date lines and bylines, in document order; resolvePublished picks one. */
  dates: { line: Line; iso: string; fromByline: boolean }[];
  attributions: Attribution[];
}

export function emptyTextMetadata(): TextMetadata {
  return { byline: null, dateline: null, deskOutlet: null, dates: [], attributions: [] };
}

/** Some scrapers prefix the first line with " date YYYY-MM-DD"; the rest of that line is a line of its own. */
const SCRAPER_DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/** Split the scraper's date prefix off the first line; returns the date or null. */
export function takeScraperDate(lines: Line[]): string | null {
  const first = lines[0];
  const match = first && SCRAPER_DATE_PREFIX.exec(first.text);
  if (!first || !match) return null;
  const rest = first.text.slice(match[0].length);
  const replacement = [makeLine(match[0].trim(), RULE.META_DATE)];
  if (rest) replacement.push(makeLine(rest));
  lines.splice(0, 1, ...replacement);
  return findDate(match[1]!)?.iso ?? null;
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|del|van|von|der|al|bin|la|le)`;
/** "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Por María López". */
const BY_LINE = new RegExp(String.raw`^(?:By|BY|Por|POR|Von|Par|Автор:?)\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s+${NAME_WORD}){0,8})\s*(?:[|,–—-]\s*(.*))?$`, "u");
const PIPE = /(?<!\s)\s+\|\s+/;
const DATE_LABEL_START = /^(?:updated|last updated|published|posted|created|modified|actualizado|publicado|aktualisiert|veröffentlicht|mis à jour|publié|обновлено|опубликовано)\b/i;
/** A place segment of a byline ("Moscow", "New Delhi"): one to three capitalised words. */
const PLACE_SEGMENT = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** Attribution lines name a source in a few words; longer text is a sentence that merely starts alike. */
const SOURCE_MAX_WORDS = 8;
/**
 * Credited sources are names ("PTI", "Reuters and AFP") or the generic word for agencies; this
 * keeps "Avec la guerre, …" or "Source of the river …" sentences out.
 */
const NAME_OR_AGENCIES = /^(?:\p{Lu}|\p{N}|agenc|wires|news agenc|local media|media reports|агентств)/u;
/** A byline's tail names an agency, a role or a date: a few words at most. */
const BYLINE_TAIL_MAX_WORDS = 8;
const SOURCE_LIST_SEPARATOR = /(?<!\s)\s*(?:,|\band\b|&|\by\b|\bund\b|\bet\b|\sи\s)\s*/u;

/** Mark byline, date, credit and attribution lines, collecting what they say. */
export function markMetadataLines(lines: readonly Line[], meta: TextMetadata): void {
  for (const line of lines) {
    if (!isKept(line)) continue;
    line.rule =
      readAttributionLine(line.text, meta) ??
      (CREDIT_LINE_PATTERN.test(line.text) ? RULE.META_CREDIT : null) ??
      readBylineLine(line, meta) ??
      readDateLine(line, meta);
  }
}

function readAttributionLine(text: string, meta: TextMetadata): typeof RULE.META_ATTRIBUTION | null {
  const appeared = ORIGINALLY_APPEARED_PATTERN.exec(text);
  if (appeared && isSourceName(appeared[1]!)) {
    meta.attributions.push({ source: appeared[1]!.trim(), kind: "originally-appeared", text });
    return RULE.META_ATTRIBUTION;
  }
  const inputs = INPUTS_FROM_PATTERN.exec(text);
  if (!inputs) return null;
  const named = inputs[1]!.trim();
  if (named !== "" && !(isSourceName(named) && NAME_OR_AGENCIES.test(named))) return null;
  const sources = named === "" ? ["agencies"] : named.split(SOURCE_LIST_SEPARATOR).filter(Boolean);
  for (const source of sources) meta.attributions.push({ source, kind: "inputs-from", text });
  return RULE.META_ATTRIBUTION;
}

/** A short name without sentence punctuation: "Al Jazeera", "agencies", "PTI and Reuters". */
function isSourceName(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && trimmed.split(/\s+/).length <= SOURCE_MAX_WORDS && !/[.!?;:]\s/.test(trimmed);
}

/** A desk credit alone on a line ("Herald Online Desk") is as short as a byline gets. */
const DESK_LINE_MAX_WORDS = 6;

/** Blog bylines: "Posted on 5 March 2026 by Jane Doe", "Published 5 March 2026 by Jane Doe". */
const POSTED_BY = new RegExp(String.raw`^(?:posted|published|written)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORD}){0,4})$`, "iu");

function readBylineLine(line: Line, meta: TextMetadata): typeof RULE.META_BYLINE | null {
  const posted = POSTED_BY.exec(line.text);
  if (posted) {
    meta.byline ??= posted[2]!;
    const date = findDate(posted[1]!);
    if (date) meta.dates.push({ line, iso: date.iso, fromByline: true });
    return RULE.META_BYLINE;
  }
  if (line.words <= DESK_LINE_MAX_WORDS && DESK_SUFFIX_PATTERN.test(line.text) && !/[.!?]$/.test(line.text)) {
    readBylineSegments([line.text.trim()], meta);
    return RULE.META_BYLINE;
  }
  const by = BY_LINE.exec(line.text);
  if (by && isBylineTail(by[2])) {
    meta.byline ??= by[1]!.replace(/(?<![,\s])[,\s]+$/, "");
    const date = by[2] ? findDate(by[2]) : null;
    if (date) meta.dates.push({ line, iso: date.iso, fromByline: true });
    return RULE.META_BYLINE;
  }
  if (!PIPE.test(line.text)) return null;
  const segments = line.text.split(PIPE).map((segment) => segment.trim());
  const dated = segments.filter((segment) => DATE_LABEL_START.test(segment) || isDateOnlyLine(segment));
  if (dated.length === 0) return null;
  const date = findDate(dated.join(" "));
  if (date) meta.dates.push({ line, iso: date.iso, fromByline: true });
  readBylineSegments(segments.filter((segment) => !dated.includes(segment)), meta);
  return RULE.META_BYLINE;
}

/**
 * What may follow the names on a "By …" line: nothing, or a short credit or date
 * ("Reuters", "Updated: 9 Oct 2025"). A lower-case word or a sentence end means the line was a
 * sentence that starts with "By" ("By Tuesday, officials had left.").
 */
function isBylineTail(tail: string | undefined): boolean {
  if (!tail) return true;
  return !/^\p{Ll}/u.test(tail) && !/[.!?]\s/.test(tail) && tail.split(/\s+/).length <= BYLINE_TAIL_MAX_WORDS;
}

/** "X News Desk | Moscow": the first segment is the byline (and may name the outlet), a later place is the dateline. */
function readBylineSegments(segments: string[], meta: TextMetadata): void {
  const [first, ...rest] = segments;
  if (!first) return;
  meta.byline ??= first;
  if (DESK_SUFFIX_PATTERN.test(first)) meta.deskOutlet ??= first.replace(DESK_SUFFIX_PATTERN, "").trim() || null;
  const place = rest.find((segment) => PLACE_SEGMENT.test(segment) && !NON_PLACE_LABELS.has(segment.toLowerCase()));
  if (place) meta.dateline ??= place;
}

function readDateLine(line: Line, meta: TextMetadata): typeof RULE.META_DATE | null {
  if (line.words > 12 || !isDateOnlyLine(line.text)) return null;
  const date = findDate(line.text);
  if (date) meta.dates.push({ line, iso: date.iso, fromByline: false });
  return RULE.META_DATE;
}

/**
 * The publish date: a date line or byline above the first body paragraph (lower ones belong to
 * lists of other stories), else the first byline date anywhere.
 */
export function resolvePublished(lines: readonly Line[], meta: TextMetadata): string | null {
  const bodyStart = lines.findIndex((line) => isKept(line) && isBodyLike(line));
  const above = meta.dates.find(({ line }) => bodyStart === -1 || lines.indexOf(line) < bodyStart);
  return (above ?? meta.dates.find((date) => date.fromByline))?.iso ?? null;
}

/** "Moscow:" or "NEW DELHI —" alone on a line, above the first body paragraph. */
const DATELINE_ALONE = /^(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3})\s*[:—–]$/u;

export function markDatelineLine(lines: readonly Line[], meta: TextMetadata): void {
  for (const line of lines) {
    if (!isKept(line)) continue;
    if (isBodyLike(line)) return;
    const match = DATELINE_ALONE.exec(line.text);
    if (match && !NON_PLACE_LABELS.has(match[1]!.toLowerCase())) {
      meta.dateline ??= match[1]!;
      line.rule = RULE.META_DATELINE;
      return;
    }
  }
}
