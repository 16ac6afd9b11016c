/**
 * Author names out of a byline as pages write it: "By Jane Doe and John Roe", "Por María López
 * y Ana Ruiz", "Von Max Muster, Reuters", "JANE DOE | Staff writer". A byline that is really
 * a sentence or a URL yields no names.
 */

/** Words that open a byline in the five languages we read. */
const BY_PREFIX = /^(?:by|from|por|von|par|de|автор(?:ы)?|written by|words by|text:?|texto:?)\s*:?\s+/i;
/** Between names: commas, "and" in each language, ampersands, slashes and pipes. */
const NAME_SEPARATOR = /(?<!\s)\s*(?:,|;|&|\||\/|\s(?:and|y|e|und|et|и)\s)\s*/iu;
/** What follows a name but is not one: roles, desks, agencies, dates. */
const NOT_A_NAME = /\d|@|https?:|\b(?:staff|writer|reporter|correspondent|editor|contributor|updated|published|posted|desk|team|agency|news|press|photos?|min read)\b/i;
/** A person's name: two to five words, each starting with a capital (any script). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|van|von|der|al|bin|la|le|di)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u;
/** A byline longer than this is running text, not a list of names. */
const BYLINE_MAX_CHARS = 200;

export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const text = byline.replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > BYLINE_MAX_CHARS) return [];
  const names: string[] = [];
  for (const part of text.replace(BY_PREFIX, "").split(NAME_SEPARATOR)) {
    const name = tidyName(part.replace(BY_PREFIX, ""));
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "JANE DOE" → "Jane Doe"; null when the part is not a person's name. */
function tidyName(part: string): string | null {
  const trimmed = part.trim().replace(/(?<![.,:;])[.,:;]+$/, "");
  if (!trimmed || NOT_A_NAME.test(trimmed)) return null;
  const cased = trimmed === trimmed.toUpperCase() ? trimmed.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (m) => m.toUpperCase()) : trimmed;
  return PERSON_NAME.test(cased) ? cased : null;
}
