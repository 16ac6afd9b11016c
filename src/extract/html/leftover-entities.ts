import { decodeHTMLStrict } from "entities";

/**
 * Text a site escaped twice ("&amp;#8216;" in the source) still holds entities after parsing:
 * "&#8216;", "&amp;". One more strict decoding (entities with their semicolon only, so "AT&T"
 * and "R&D" stay) turns them into the characters meant. Text without an ampersand is returned as is.
 */
export function decodeLeftoverEntities(text: string): string {
  return text.includes("&") ? decodeHTMLStrict(text) : text;
}
