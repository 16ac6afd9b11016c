import { AUTHOR_BOX_OPENERS } from "../../lexicons/chrome.js";
import { isKept, isProse, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import { AUTHOR_BOX_MAX_WORDS } from "./thresholds.js";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "About Jane Roe": an opener, then one to three capitalised words (the name). */
const ABOUT_NAME = new RegExp(
  String.raw`^(?:${AUTHOR_BOX_OPENERS.map(escapeRegExp).join("|")})\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,3})$`,
  "iu",
);
const LAST_NAME = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)\.?\s*$/u;
const CAPITALIZED_WORD = /^\p{Lu}/u;

/**
 * The author box under an article: a heading naming the author ("About Jane Roe") and the bio
 * paragraph right below it, which names the author again ("Jane Roe covers courts …"). Both are
 * dropped (EXTRACT_DROP_FOOTER). The name must reappear in the paragraph, so a sub-heading such as
 * "About the Bridge" above an article paragraph is left alone.
 */
export function markAuthorBoxes(lines: readonly Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    if (!isKept(heading)) continue;
    const surname = authorNameOf(heading.text);
    if (!surname) continue;
    const bio = nextKept(lines, i + 1);
    if (!bio || !isProse(bio) || bio.words > AUTHOR_BOX_MAX_WORDS || !bio.text.includes(surname)) continue;
    heading.rule = RULE.FOOTER;
    bio.rule = RULE.FOOTER;
  }
}

/** The last word of the name in an "About Jane Roe" heading, or null for any other line. */
function authorNameOf(text: string): string | null {
  const name = ABOUT_NAME.exec(text)?.[1]?.trim();
  if (!name || !name.split(" ").every((word) => CAPITALIZED_WORD.test(word))) return null;
  return LAST_NAME.exec(name)?.[1] ?? null;
}

/** Verbs a bio opens with after the writer's name: "Jane Roe is …", "Jane has written …". */
const BIO_VERB = /^(?:is|has|was|writes|covers|holds|lives|joined|specializes|specialises|leads|works|loves)\b/;

/**
 * The writer's bio closing the article without a heading: a paragraph in the last third of the
 * body that opens with the name of an author the page credits (in full, or the first name alone)
 * and a bio verb. An article speaks of its subjects, not of its own writer in the third person.
 */
export function markWriterBios(lines: readonly Line[], authors: readonly string[]): void {
  const openers = authors.flatMap((name) => {
    const trimmed = name.trim();
    const first = trimmed.split(/\s+/)[0] ?? "";
    return trimmed.includes(" ") && first.length > 1 ? [trimmed, first] : trimmed ? [trimmed] : [];
  });
  if (openers.length === 0) return;
  const prose = lines.map((line) => (isKept(line) && isProse(line) ? line.text.length : 0));
  const total = prose.reduce((sum, chars) => sum + chars, 0);
  let before = 0;
  lines.forEach((line, i) => {
    before += prose[i]!;
    if (!isKept(line) || before < total * BIO_TAIL_FROM || line.words > AUTHOR_BOX_MAX_WORDS) return;
    const opener = openers.find((name) => line.text.startsWith(`${name} `));
    if (opener && BIO_VERB.test(line.text.slice(opener.length + 1))) line.rule = RULE.FOOTER;
  });
}

/** A closing bio sits after this share of the body's prose. */
const BIO_TAIL_FROM = 2 / 3;

function nextKept(lines: readonly Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length; i++) if (isKept(lines[i]!)) return lines[i];
  return undefined;
}
