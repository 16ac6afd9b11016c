import {
  AD_PHRASES,
  AD_PREFIXES,
  BULLET_CHARACTERS,
  CAPTION_LABELS,
  CONSENT_PATTERN,
  CONTACT_LABELS,
  COPYRIGHT_PATTERN,
  COUNTER_WORDS,
  LEGAL_LINKS,
  LIST_MARKER_PATTERNS,
  NAV_PHRASES,
  RELATED_INLINE_MARKERS,
  RELATED_MARKERS,
  REPLY_FORM_PHRASES,
  SECTION_WORDS,
  SHARE_PROMPT_PHRASES,
  SHARE_PROMPT_PREFIXES,
  SOCIAL_NETWORKS,
  SPACED_BULLET_CHARACTERS,
} from "../lexicons/chrome.js";
import type { Line } from "./lines.js";
import { RULE, type RuleId } from "./rule-ids.js";
import { BULLET_FRAGMENT_MAX_WORDS, HEADLINE_MAX_WORDS, PROMPT_MAX_WORDS } from "./thresholds.js";

/**
 * Line-by-line chrome rules: each looks at ONE line in isolation and matches it as a whole
 * against a lexicon of src/lexicons/chrome.ts. Rules that need context (runs after a marker,
 * tickers, trailing lists, the title) live in runs.ts, ticker.ts and title.ts.
 * All patterns are built once, at module load.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escapeClass = (text: string): string => text.replace(/[\]\[\\^-]/g, "\\$&");

function phrasePrefix(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) throw new Error("phrasePrefix: empty lexicon");
  return new RegExp(`^(?:${phrases.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

const BULLET = `(?:[${escapeClass(BULLET_CHARACTERS)}]\\s*|[${escapeClass(SPACED_BULLET_CHARACTERS)}]\\s+)`;
/** Outer decoration that does not change what a label says: bullets, arrows, colons, ellipses. */
const LEADING_DECORATION = new RegExp(`^(?:${BULLET}|\\s)+`, "u");
const TRAILING_DECORATION = /[\s:.…›»>|→\-–—*]+$/u;
const LEADING_BULLET = new RegExp(`^${BULLET}`, "u");

const NAV = new Set(NAV_PHRASES);
const RELATED = new Set(RELATED_MARKERS);
const REPLY = new Set(REPLY_FORM_PHRASES);
const SHARE = new Set(SHARE_PROMPT_PHRASES);
const ADS = new Set(AD_PHRASES);
const LEGAL = new Set(LEGAL_LINKS);
const CAPTIONS = new Set(CAPTION_LABELS);

const SHARE_PREFIX = phrasePrefix(SHARE_PROMPT_PREFIXES);
const AD_PREFIX = phrasePrefix(AD_PREFIXES);
/** "Also Read: Some other headline" on one line: a link to another story. */
const RELATED_INLINE = new RegExp(`^(?:${RELATED_INLINE_MARKERS.map(escapeRegExp).join("|")})\\s*[:|–—-]\\s*\\S`, "iu");
const CONTACT_LINE = new RegExp(`^(?:${CONTACT_LABELS.map(escapeRegExp).join("|")})\\s*:\\s*\\S`, "iu");
const CAPTION_LINE = new RegExp(`^\\(?(?:${CAPTION_LABELS.map(escapeRegExp).join("|")})\\s*[:/|]\\s*[^.]{1,60}\\)?$`, "iu");
const EMAIL_OR_PHONE_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d\s().-]{7,})$/;
/** Bare numbers, possibly with separators: counters, list numbers, "0 21". */
const BARE_NUMBERS = /^[\d\s.,:/|·•()+-]*\d[\d\s.,:/|·•()+-]*$/;
const BARE_NUMBERS_MAX_CHARS = 24;
const COUNTER_LINE = new RegExp(`^(?:\\d[\\d.,]*\\s*[kKmM]?\\s+(?:${COUNTER_WORDS.map(escapeRegExp).join("|")})\\s*)+$|^(?:reading time|lectura|lesezeit|temps de lecture)\\s*:?\\s*\\d+`, "iu");
const SEPARATORS = /\s*(?:[|•·/,]|\s-\s)\s*/u;
const TOKEN_SEPARATORS = /[\s|•·/,&]+/u;
/** No line rule matches more words than an inline "Also Read: <headline>" link; longer lines skip the table. */
const CHROME_LINE_MAX_WORDS = HEADLINE_MAX_WORDS + 4;
const CONSENT_GATE = /cookie|consent/i;
/** Cookie banners run to a few sentences; longer lines are articles about cookies. */
const CONSENT_MAX_WORDS = 60;
/** A row of menu links separated by pipes: "Home | World | Politics | Sport". */
const MENU_ROW_MIN_SEGMENTS = 3;
const MENU_SEGMENT_MAX_WORDS = 3;

/** The lexicon key of a line: lower case, outer bullets, colons and arrows trimmed. */
export function chromeKey(text: string): string {
  return text.replace(LEADING_DECORATION, "").replace(TRAILING_DECORATION, "").toLowerCase();
}

/** A heading that introduces a list of other stories ("Related News", "Also Read:", "TRENDING"). */
export function isRelatedMarker(text: string): boolean {
  return RELATED.has(chromeKey(text));
}

interface LineRule {
  id: RuleId;
  /** Why the rule exists, for readers of this table. */
  why: string;
  test: (line: Line, key: string) => boolean;
}

/** Ordered: the first rule that matches names the removal. */
const LINE_RULES: readonly LineRule[] = [
  { id: RULE.CONSENT, why: "cookie and consent banners", test: isConsentBanner },
  { id: RULE.LIST_MARKER, why: "screen-reader list labels", test: (_l, key) => LIST_MARKER_PATTERNS.some((p) => p.test(key)) },
  { id: RULE.LIST_MARKER, why: "bullet-only tag lines (• Country:)", test: isBulletFragment },
  { id: RULE.COUNTER, why: "view/share/comment counters and list numbers", test: isCounter },
  { id: RULE.AD_MARKER, why: "advertising labels", test: (l, key) => ADS.has(key) || (l.words <= PROMPT_MAX_WORDS && AD_PREFIX.test(key)) },
  { id: RULE.REPLY_FORM, why: "comment and reply forms", test: (_l, key) => REPLY.has(key) },
  { id: RULE.SHARE_PROMPT, why: "share/subscribe/support prompts", test: isSharePrompt },
  { id: RULE.FOOTER, why: "contact, copyright and legal-link lines", test: isFooter },
  { id: RULE.RELATED_LIST, why: "headings of lists of other stories", test: isRelatedLine },
  { id: RULE.NAV, why: "menu words and section names alone on a line", test: isNav },
  { id: RULE.CAPTION, why: "photo credits", test: (l, key) => CAPTIONS.has(key) || (l.words <= PROMPT_MAX_WORDS && CAPTION_LINE.test(l.text)) },
];

/** The id of the first line rule that removes this line, or null to keep it. */
export function classifyChromeLine(line: Line): RuleId | null {
  if (line.words > CHROME_LINE_MAX_WORDS) {
    return line.words <= CONSENT_MAX_WORDS && isConsentBanner(line) ? RULE.CONSENT : null;
  }
  const key = chromeKey(line.text);
  for (const rule of LINE_RULES) {
    if (rule.test(line, key)) return rule.id;
  }
  return null;
}

/** Every consent phrase names cookies (or consent): a plain search gates the pattern. */
function isConsentBanner(line: Line): boolean {
  return CONSENT_GATE.test(line.text) && CONSENT_PATTERN.test(line.text);
}

function isBulletFragment(line: Line): boolean {
  if (!LEADING_BULLET.test(line.text)) return false;
  return line.words <= BULLET_FRAGMENT_MAX_WORDS + 1 && line.sentenceEnds === 0;
}

function isCounter(line: Line, key: string): boolean {
  return (line.text.length <= BARE_NUMBERS_MAX_CHARS && BARE_NUMBERS.test(line.text)) || COUNTER_LINE.test(key);
}

function isSharePrompt(line: Line, key: string): boolean {
  if (SHARE.has(key)) return true;
  if (line.words > PROMPT_MAX_WORDS) return false;
  if (SHARE_PREFIX.test(key)) return true;
  const tokens = key.split(TOKEN_SEPARATORS).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => SOCIAL_NETWORKS.has(token));
}

function isFooter(line: Line, key: string): boolean {
  if (line.words > PROMPT_MAX_WORDS * 2) return false;
  if (COPYRIGHT_PATTERN.test(key) || CONTACT_LINE.test(key) || EMAIL_OR_PHONE_ONLY.test(line.text)) return true;
  const segments = key.split(SEPARATORS).filter(Boolean);
  const legal = segments.filter((segment) => LEGAL.has(segment)).length;
  return legal >= 2 || (segments.length === 1 && legal === 1);
}

function isRelatedLine(line: Line, key: string): boolean {
  return RELATED.has(key) || RELATED_INLINE.test(key);
}

function isNav(line: Line, key: string): boolean {
  if (NAV.has(key)) return true;
  if (line.words > PROMPT_MAX_WORDS) return false;
  const tokens = key.split(TOKEN_SEPARATORS).filter(Boolean);
  if (tokens.length > 0 && tokens.every((token) => SECTION_WORDS.has(token))) return true;
  return isMenuRow(line.text);
}

function isMenuRow(text: string): boolean {
  if (/\d/.test(text)) return false;
  const segments = text.split("|").map((segment) => segment.trim()).filter(Boolean);
  if (segments.length < MENU_ROW_MIN_SEGMENTS) return false;
  return segments.every((segment) => segment.split(" ").length <= MENU_SEGMENT_MAX_WORDS);
}
