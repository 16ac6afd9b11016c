import type { ReportMetadata } from "../types.js";

/** An ISO date (YYYY-MM-DD) from what inputs give: ISO strings, RFC 822 dates, epoch seconds or milliseconds. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return fromTime(value < 1e11 ? value * 1000 : value);
  if (typeof value !== "string" || !value.trim()) return undefined;
  // The date as written in the report's own time zone, not shifted to UTC.
  const written = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value)?.[1];
  if (written) return written;
  return fromTime(Date.parse(value));
}

function fromTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Author names from a string ("A and B", "A, B"), a list of strings, or objects with a name. */
export function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.flatMap((entry): string[] => {
    if (typeof entry === "string") return entry.split(/[,;&]|\band\b/).map((part) => part.trim());
    if (entry && typeof entry === "object" && "name" in entry && typeof entry.name === "string") return [entry.name];
    return [];
  });
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** An http(s) URL, or undefined. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Metadata without its empty fields, or undefined when nothing is left. */
export function compactMetadata(metadata: ReportMetadata): ReportMetadata | undefined {
  const entries = Object.entries(metadata).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.trim() !== ""));
  return entries.length > 0 ? (Object.fromEntries(entries) as ReportMetadata) : undefined;
}

/** Plain text from a feed's or scraper's string that may hold markup or entities. */
export function cleanString(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/<[^<>]*>/g, " ").replace(/\s+/g, " ").trim();
  return text || undefined;
}
