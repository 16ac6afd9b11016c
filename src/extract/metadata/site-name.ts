/**
 * A site's own name written around a headline in its <title> or og:title: "Headline | Valley
 * Herald", "Valley Herald - Headline", "Headline – valleyherald.com". The name is known from the
 * page (og:site_name, the JSON-LD publisher) or from its address ("valleyherald" in
 * www.valleyherald.com); an end part that is that name goes, whatever its length. The middle of a
 * title is never touched.
 */

/** Separators between a headline and a site name, written with spaces around them (titles come with white space collapsed). */
const SPACED_SEPARATOR = / (?:[|•·»–—:-]|::) /u;

export function withoutSiteName(written: string, siteNames: readonly (string | null)[], url: string | null): string {
  const title = written.replace(/\s+/g, " ");
  const parts = title.split(SPACED_SEPARATOR);
  // A part written as an address ("ValleyHerald.com") names the site too.
  const keys = siteKeys([...siteNames, ...parts.filter((part) => DOMAIN.test(part)).map(withoutTld)], url);
  if (keys.length === 0 || parts.length < 2) return title;
  const isSite = (part: string) => {
    const key = nameKey(part);
    return key.length > 0 && keys.some((site) => key === site || key === `${site}com` || withoutTld(part) === site);
  };
  const separators = title.match(new RegExp(SPACED_SEPARATOR.source, "gu")) ?? [];
  // The name may be written twice over at one end ("Valley Herald | ValleyHerald.com - Headline").
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSite(parts[to - 1]!)) to--;
  if (to === parts.length) while (to - from > 1 && isSite(parts[from]!)) from++;
  return joinParts(parts.slice(from, to), separators.slice(from));
}

function joinParts(parts: readonly string[], separators: readonly string[]): string {
  return parts.reduce((joined, part, i) => (i === 0 ? part : `${joined}${separators[i - 1]}${part}`), "").trim();
}

function siteKeys(siteNames: readonly (string | null)[], url: string | null): string[] {
  const keys = siteNames.filter((name): name is string => !!name).map(nameKey);
  const host = hostLabel(url);
  if (host) keys.push(host);
  return keys.filter((key) => key.length >= MIN_KEY_CHARS);
}

/** A key this short ("ap", "k") would match words of a headline by chance. */
const MIN_KEY_CHARS = 3;

/** "https://www.valleyherald.co.uk/news/…" → "valleyherald": the label a site is named by. */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.toLowerCase().split(".").filter((label) => label !== "www");
    const named = labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2);
    return named ? nameKey(named) : null;
  } catch {
    return null;
  }
}

/** "ValleyHerald.com", "valley-herald.co.uk": a site's address as its name. */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|news|[a-z]{2})$/iu;

/** "ValleyHerald.com" → "valleyherald". */
function withoutTld(part: string): string {
  return nameKey(part.trim().replace(/\.[a-z]{2,6}$/i, ""));
}

/** "Valley Herald", "VALLEY-HERALD" and "valleyherald" are one name. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
