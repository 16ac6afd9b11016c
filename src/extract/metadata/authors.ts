/**
 * Author names out of a byline as pages write it: "By Jane Doe and John Roe", "Por María López
 * y Ana Ruiz", "Von Max Muster, Reuters", "JANE DOE | Staff writer". A byline that is really
 * a sentence or a URL yields no names.
 */

/** Words that open a byline in the five languages we read ("BySummer Swann" when a tag was lost). */
const BY_PREFIX = /^(?:(?:posted |written |words )?by|from|por|von|par|de|автор(?:ы)?|author|authors|contributors?|text|texto)\s*:?\s+/iu;
const GLUED_BY = /^(?:(?:[Pp]osted|[Ww]ritten) ?)?[Bb]y(?=\p{Lu}\p{Ll})/u;
/** Between names: commas, "and" in each language, ampersands, slashes, pipes and spaced dashes. */
const NAME_SEPARATOR = /(?<!\s)\s*(?:,|;|&|\||\/|\s[-–—•·]\s|\s(?:and|y|e|und|et|и)\s)\s*/iu;
/** What follows a name but is not one: roles, desks, agencies, dates. */
const NOT_A_NAME = /\d|@|https?:|\b(?:staff|writer|reporter|correspondent|editor|contributor|updated|published|posted|desk|team|agency|news|press|photos?|min read)\b/i;
/**
 * Label and role words: a byline's "Author Bio" or "Event Coordinator" is not a name, and a name
 * runs up to the first of them ("Liz Kenny Former McKinsey Consultant" → "Liz Kenny").
 */
const ROLE_WORD = /^(?:author|authors|bio|about|profile|biography|coordinator|director|manager|founder|co-founder|president|officer|ceo|cto|cfo|consultant|specialist|expert|admin|administrator|guest|former|senior|head|lead|member|analyst|strategist|marketing|content|certified|licensed|written|reviewed|edited|learn|read|more|view|follow|posts|the)$/i;
/** A person's name: two to five words, each starting with a capital (any script). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|van|von|der|den|al|bin|la|le|di)\s+){0,2}\p{Lu}[\p{L}'’.-]*){1,4}$/u;
/** A byline longer than this is running text, not a list of names. */
const BYLINE_MAX_CHARS = 200;

export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const text = byline.replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > BYLINE_MAX_CHARS) return [];
  const names: string[] = [];
  for (const part of text.replace(GLUED_BY, "").replace(BY_PREFIX, "").split(NAME_SEPARATOR)) {
    const name = tidyName(part.replace(BY_PREFIX, ""));
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "JANE DOE" → "Jane Doe"; null when the part is not a person's name. */
function tidyName(part: string): string | null {
  const trimmed = beforeRoleWord(part.trim().replace(/(?<![.,:;\s–—-])[.,:;\s–—-]+$/, ""));
  if (!trimmed || NOT_A_NAME.test(trimmed)) return null;
  const cased = trimmed === trimmed.toUpperCase() ? trimmed.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (m) => m.toUpperCase()) : trimmed;
  return PERSON_NAME.test(cased) ? cased : null;
}

/** A credit written as the page writes it: a few words, no digits, addresses or separators. */
const CREDIT = /^[\p{L}][\p{L}\p{M}'’.()-]*(?: [\p{L}\p{M}'’.()-]+){0,3}$/u;
const CREDIT_MAX_CHARS = 40;
/** Words that, alone, label a byline or an author box instead of crediting anyone ("By Staff" credits no one in particular). */
const LABEL_CREDIT = /^(?:the )?(?:by|staff|author|authors|bio|about|about the author|profile|written by|posted by|share|follow|guest|admin|administrator|anonymous|unknown|editor|editors)$/i;

/**
 * The credit of a byline that names no person ("QuillFox", "Harbor Staff", "The Orchard Team"), as
 * written, after its "By"; null for labels, dates, sentences and lists.
 */
export function creditFromByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const text = byline.replace(/\s+/g, " ").trim().replace(GLUED_BY, "").replace(BY_PREFIX, "").trim();
  if (!text || text.length > CREDIT_MAX_CHARS || !CREDIT.test(text) || LABEL_CREDIT.test(text)) return null;
  // A credit is written with a capital somewhere ("QuillFox", "Harbor Staff"); "page.head.author" is a template's key.
  if (!/\p{Lu}/u.test(text) || /\p{Ll}\.\p{Ll}/u.test(text)) return null;
  // "Event Coordinator" is a role; "The" opens team names ("The Orchard Team").
  if (text.split(" ").some((word) => ROLE_WORD.test(word) && word.toLowerCase() !== "the")) return null;
  return text;
}

function beforeRoleWord(text: string): string {
  const words = text.split(" ");
  const role = words.findIndex((word) => ROLE_WORD.test(word));
  return role === -1 ? text : words.slice(0, role).join(" ");
}
