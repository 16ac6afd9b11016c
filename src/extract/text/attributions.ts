import type { Attribution } from "../../types.js";
import { MEDIA_NAME_WORDS, MEDIA_NOUNS_PATTERN_SOURCE, NEWS_AGENCIES, NON_PLACE_LABELS } from "../../lexicons/chrome-meta.js";
import { isBodyLike, isKept, makeLine, type Line } from "./lines.js";
import type { TextMetadata } from "./metadata-text.js";
import { RULE } from "./rule-ids.js";

/**
 * What a report says about where its text came from, inside the body: a wire dateline prefix
 * ("MOSCOW (Reuters) — …", cut off and recorded) and sentences crediting an outlet ("news
 * agency AP reported", "according to The Times"), which stay in the body and are recorded.
 * Only names that look like news media count: "according to the ministry" is a source of a
 * claim, not an attribution of the text.
 */

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.]+(?:[\s-]\p{Lu}[\p{Lu}'’.]+){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’.-]*){0,2}`;
const DATE_PART = String.raw`(?:,\s*(?<date>[^()—–:]{1,40}?))?`;
/** A wire name in brackets starts with a letter: "(Reuters)", "(AP)", not a score like "(1-0)". */
const AGENCY_PART = String.raw`\((?<agency>\p{L}[^()]{0,39})\)`;
const DASH = String.raw`\s*(?:—|–|-{1,2}|:)\s+`;
/** "MOSCOW —", "MOSCOW, Oct 9 (Reuters) -", "Moscow (AP) —", "New Delhi: The …". */
const DATELINE_PREFIXES: readonly RegExp[] = [
  new RegExp(String.raw`^(?<place>${CAPS_PLACE})${DATE_PART}\s*(?:${AGENCY_PART})?${DASH}`, "u"),
  new RegExp(String.raw`^(?<place>${TITLE_PLACE})${DATE_PART}\s*${AGENCY_PART}${DASH}`, "u"),
  new RegExp(String.raw`^(?<place>${TITLE_PLACE}):\s+(?=\p{Lu})`, "u"),
];

/** Cut a dateline prefix off the first body paragraph, recording the place and any wire agency. */
export function takeDatelinePrefix(lines: Line[], meta: TextMetadata): void {
  const index = lines.findIndex((line) => isKept(line) && isBodyLike(line));
  const line = lines[index];
  if (!line) return;
  for (const pattern of DATELINE_PREFIXES) {
    const match = pattern.exec(line.text);
    const place = match?.groups?.["place"];
    if (!match || !place || NON_PLACE_LABELS.has(place.toLowerCase())) continue;
    const prefix = match[0].trim();
    meta.dateline ??= place;
    const agency = match.groups?.["agency"];
    if (agency) meta.attributions.push({ source: agency.trim(), kind: "wire", text: prefix });
    lines.splice(index, 1, makeLine(prefix, RULE.META_DATELINE), makeLine(line.text.slice(match[0].length)));
    return;
  }
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|de|al|el)){0,5}`;
const MEDIA_NOUN = MEDIA_NOUNS_PATTERN_SOURCE;

/**
 * Each pattern is tried only around a literal trigger word, on a window of text before it
 * ("… news agency AP reported") or after it ("according to Reuters"): running the name
 * patterns over whole paragraphs costs more than the rest of the cleaner.
 */
interface BodyPattern {
  kind: string;
  trigger: RegExp;
  side: "before" | "after";
  /** Anchored at the window's end (before) or start (after); captures `noun` and `name`. */
  pattern: RegExp;
}

/** Enough characters for a media noun and a name of six words. */
const WINDOW_CHARS = 90;

const BODY_PATTERNS: readonly BodyPattern[] = [
  {
    kind: "reported",
    trigger: /\b(?:reported|reports)\b/g,
    side: "before",
    pattern: new RegExp(String.raw`(?<noun>${MEDIA_NOUN}\s+)?(?<name>${NAME})\s+(?:${MEDIA_NOUN}\s+)?(?:has\s+|had\s+|also\s+)?$`, "u"),
  },
  {
    kind: "according-to",
    trigger: /\b[Aa]ccording\s+to\s+/g,
    side: "after",
    pattern: new RegExp(String.raw`^(?:the\s+)?(?<noun>${MEDIA_NOUN}\s+)?(?<name>${NAME})`, "u"),
  },
  {
    kind: "told",
    trigger: /\b(?:told|in\s+an\s+interview\s+with|speaking\s+to)\s+/g,
    side: "after",
    pattern: new RegExp(String.raw`^(?:the\s+)?(?<noun>${MEDIA_NOUN}\s+)?(?<name>${NAME})`, "u"),
  },
];

/** Attributions stated inside body paragraphs; the paragraphs are left as they are. */
export function findBodyAttributions(paragraphs: readonly string[]): Attribution[] {
  const found: Attribution[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const { kind, trigger, side, pattern } of BODY_PATTERNS) {
      for (const hit of paragraph.matchAll(trigger)) {
        const window = side === "before"
          ? paragraph.slice(Math.max(0, hit.index - WINDOW_CHARS), hit.index)
          : paragraph.slice(hit.index + hit[0].length, hit.index + hit[0].length + WINDOW_CHARS);
        const match = pattern.exec(window);
        const source = match ? mediaName(match.groups?.["name"] ?? "", Boolean(match.groups?.["noun"])) : null;
        if (!source) continue;
        const text = sentenceAround(paragraph, hit.index);
        const key = `${kind}\u0000${source}\u0000${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ source, kind, text });
      }
    }
  }
  return found;
}

/**
 * The media name inside a run of capitalised words ("Earlier Reuters" → "Reuters"): the longest
 * tail that is a known agency or a multi-word name with a media word ("Caspian News").
 * After a media noun ("news agency AP") any name is accepted.
 */
function mediaName(raw: string, afterMediaNoun: boolean): string | null {
  const words = raw.replace(/(?<![.,;:])[.,;:]+$/, "").replace(/['’]s?$/, "").split(/\s+/);
  if (afterMediaNoun) return words.join(" ");
  for (let start = 0; start < words.length; start++) {
    const tail = words.slice(start);
    const name = tail.join(" ");
    if (NEWS_AGENCIES.has(name)) return name;
    if (tail.length > 1 && tail.some((word) => MEDIA_NAME_WORDS.has(word))) return name;
  }
  return null;
}

const SENTENCE_BREAK = /[.!?…]["'”’)\]]*\s+/g;

/** The sentence of `text` that contains offset `at`. */
function sentenceAround(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const stop = match.index + match[0].length;
    if (stop <= at) start = stop;
    else {
      end = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return text.slice(start, end).trim();
}
