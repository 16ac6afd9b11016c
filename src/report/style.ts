/** Terminal styling that turns itself off when output is not a terminal or NO_COLOR is set. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOR: Style = { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39) };
const identity = (s: string) => s;
export const PLAIN: Style = { bold: identity, dim: identity, green: identity, red: identity, yellow: identity };

/** Shorten a sentence for a one-line display, keeping its start; the JSON keeps it whole. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : flat.slice(0, max - 1).replace(/(?<!\s)\s+\S*$/, "") + "…";
}

/**
 * Shorten a sentence to `max` characters around the words that matter (`from`–`to`, offsets into
 * `text`), marking cuts with an ellipsis.
 */
export function clipAround(text: string, from: number, to: number, max: number): string {
  if (text.length <= max) return clip(text, max);
  const room = Math.max(0, max - (to - from));
  let start = Math.max(0, from - Math.floor(room / 3));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  // Cut at word boundaries, not inside words.
  if (start > 0) start = Math.min(from, text.indexOf(" ", start) + 1 || start);
  if (end < text.length) end = Math.max(to, text.lastIndexOf(" ", end));
  const cut = text.slice(start, end).replace(/\s+/g, " ");
  return `${start > 0 ? "…" : ""}${cut}${end < text.length ? "…" : ""}`;
}
