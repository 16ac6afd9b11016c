import {
  AD_PHRASES,
  AD_PREFIXES,
  AUTHOR_BIO_PATTERN,
  BULLET_CHARACTERS,
  CAPTION_CREDIT_SUFFIX,
  CAPTION_LABELS,
  CONSENT_PATTERN,
  CONTACT_LABELS,
  COPYRIGHT_PATTERN,
  COUNTER_WORDS,
  LEGAL_LINKS,
  LEGAL_NOTICE_GATE_WORDS,
  LEGAL_NOTICE_PATTERN,
  LIST_MARKER_PATTERNS,
  NAV_PHRASES,
  PROMO_GATE_WORDS,
  PROMO_SENTENCE_PATTERN,
  READING_TIME_LABELS,
  RELATIVE_TIME_PATTERN,
  RELATED_INLINE_MARKERS,
  RELATED_MARKER_PREFIXES,
  RELATED_MARKERS,
  REPLY_FORM_PHRASES,
  SECTION_WORDS,
  SHARE_PROMPT_PHRASES,
  SHARE_PROMPT_PREFIXES,
  SOCIAL_NETWORKS,
  SPACED_BULLET_CHARACTERS,
  TAG_LIST_LABELS,
} from "../../lexicons/chrome.js";
import { COMMENT_HEADER_PATTERNS } from "../../lexicons/chrome-comments.js";
import type { Line } from "./lines.js";
import { RULE, type RuleId } from "./rule-ids.js";
import { BULLET_FRAGMENT_MAX_WORDS, HEADLINE_MAX_WORDS, PROMPT_MAX_WORDS, TICKER_CAPITALIZED_RATIO } from "./thresholds.js";

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
/**
 * One character of trailing decoration. The line's trailing run of them is found by a scan from
 * its end: a pattern anchored at the end (`[…]+$`) is tried from every position of the line, and
 * most lines end in a period, so it ran over whole paragraphs.
 */
const TRAILING_DECORATION_CHAR = /[\s:.…›»>|→\-–—*]/u;
const LEADING_BULLET = new RegExp(`^${BULLET}`, "u");

const NAV = new Set(NAV_PHRASES);
const RELATED = new Set(RELATED_MARKERS);
const REPLY = new Set(REPLY_FORM_PHRASES);
const SHARE = new Set(SHARE_PROMPT_PHRASES);
const ADS = new Set(AD_PHRASES);
const LEGAL = new Set(LEGAL_LINKS);
const CAPTIONS = new Set(CAPTION_LABELS);

/** "Subscribe to …", "Follow us on …": prompts that go on with a name or a list. */
const SHARE_PREFIX = phrasePrefix(SHARE_PROMPT_PREFIXES);
/** "Promote your business with …", "Sponsored by …". */
const AD_PREFIX = phrasePrefix(AD_PREFIXES);
/** "Most read in world news", "More in Politics": a list heading naming its section. */
const RELATED_PREFIX = phrasePrefix(RELATED_MARKER_PREFIXES);
/** Such headings are a few words and end without a sentence mark; "More in sorrow than in anger, the council …" is a sentence. */
const SENTENCE_END = /[.!?]$/;
const RELATED_PREFIX_MAX_WORDS = 6;
/** "Also Read: Some other headline" on one line: a link to another story. */
const RELATED_INLINE = new RegExp(`^(?:${RELATED_INLINE_MARKERS.map(escapeRegExp).join("|")})\\s*[:|–—-]\\s*\\S`, "iu");
/** "Tags: flood, Asia": a tag-list label with a colon, then the tags. */
const TAG_LINE = new RegExp(`^(?:${TAG_LIST_LABELS.map(escapeRegExp).join("|")})\\s*:\\s*\\S`, "iu");
/** Tag lists are short rows of keywords. */
const TAG_LINE_MAX_WORDS = 30;
/** "Email: …", "Phone: …": a contact label with a colon, then the contact. */
const CONTACT_LINE = new RegExp(`^(?:${CONTACT_LABELS.map(escapeRegExp).join("|")})\\s*:\\s*\\S`, "iu");
/** "Photo: Reuters", "(Image credit: X)": a credit label and a short name without a sentence end. */
const CAPTION_LINE = new RegExp(`^\\(?(?:${CAPTION_LABELS.map(escapeRegExp).join("|")})\\s*[:/|]\\s*[^.]{1,60}\\)?$`, "iu");
/**
 * A contact box of any length ("Customer service: Telephone: … Fax: … E-mail: …"): at least
 * CONTACT_BOX_MIN_ENTRIES labelled contacts or e-mail addresses on one line. An article sentence
 * gives one way to reach someone, seldom three. An address is tried only from the start of a
 * run of address characters (the lookbehind): tried from inside, a long run before "@" was read
 * again from every letter of it.
 */
const CONTACT_ENTRY = new RegExp(`(?<![\\p{L}-])(?:${CONTACT_LABELS.map(escapeRegExp).join("|")})\\s*:|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`, "giu");
const CONTACT_BOX_MIN_ENTRIES = 3;
/** A footer line that is only an e-mail address or a phone number. */
const EMAIL_OR_PHONE_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d\s().-]{7,})$/;
/** Bare numbers, possibly with separators: counters, list numbers, "0 21". Longer runs are data. */
const BARE_NUMBERS = /^[\d\s.,:/|·•()+-]*\d[\d\s.,:/|·•()+-]*$/;
const BARE_NUMBERS_MAX_CHARS = 24;
/**
 * "12 comments", "1.2K shares", "5 min read", "Reading time: 3 minutes". The K/M suffix is a whole
 * letter and each counter ends at white space or the line's end: with both optional, one line
 * could be split into counters in exponentially many ways.
 */
const COUNTER_LINE = new RegExp(
  `^(?:\\d[\\d.,]*(?:\\s?[kKmM](?!\\p{L}))?\\s+(?:${COUNTER_WORDS.map(escapeRegExp).join("|")})(?:\\s+|$))+$|^(?:${READING_TIME_LABELS.map(escapeRegExp).join("|")})\\s*:?\\s*\\d+`, "iu");
/**
 * "Some headline about a vote NEW DELHI: The council on Wednesday …": a headline, then a wire
 * dateline in capitals and the lede, on one line — a teaser of another story. An article's own
 * dateline opens its first paragraph, never follows four words of headline. The headline part
 * holds no sentence end and the dateline at least five capitals, so "… told CNN: “We …”" is body.
 */
const GLUED_TEASER = /^(?:[^\s.!?]+\s){4,}?\p{Lu}[\p{Lu}.' -]{4,30}:\s["“]?\p{Lu}/u;
const GLUED_TEASER_MAX_WORDS = 80;
/**
 * A tag cloud or a menu run together on one line: many words and not one clause mark. Prose of
 * this length always has a comma or a sentence end. Only for scripts with letter case (Latin,
 * Cyrillic, Greek): some caseless scripts (Thai) write sentences without punctuation.
 */
const UNPUNCTUATED_RUN_MIN_WORDS = 30;
/** Sentence and clause marks; hyphens, slashes and pipes occur in tag clouds and menus too. */
const CLAUSE_PUNCTUATION = /[.,;:!?…。，、；：！？]/u;
const CASED_LETTER = /\p{Ll}/u;
const CAPITALIZED_WORD = /^["“‘(«]?\p{Lu}/u;
/** Separators of footer link rows ("Disclaimer | Terms of use", "About · Contact"). */
const SEPARATORS = /(?<!\s)\s*(?:[|•·/,]|\s-\s)\s*/u;
/** Separators between the words of a menu or icon row ("OPINION / BLOG", "Facebook Twitter"). */
const TOKEN_SEPARATORS = /[\s|•·/,&]+/u;
/** Every consent phrase names cookies or consent: a plain search gates the full pattern. */
const CONSENT_GATE = /cookie|consent/i;
/** A row of menu links separated by pipes: "Home | World | Politics | Sport". */
const MENU_ROW_MIN_SEGMENTS = 3;
const MENU_SEGMENT_MAX_WORDS = 3;

/** The lexicon key of a line: lower case, outer bullets, colons and arrows trimmed. */
export function chromeKey(text: string): string {
  // Most lines start and end with a letter or digit: skip the decoration patterns for them.
  const trimmedStart = isAsciiAlphanumeric(text.charCodeAt(0)) ? text : text.replace(LEADING_DECORATION, "");
  const trimmed = isAsciiAlphanumeric(trimmedStart.charCodeAt(trimmedStart.length - 1)) ? trimmedStart : withoutTrailingDecoration(trimmedStart);
  return trimmed.toLowerCase();
}

function withoutTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_DECORATION_CHAR.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A heading that introduces a list of other stories ("Related News", "Also Read:", "TRENDING"). */
export function isRelatedMarker(text: string): boolean {
  return isRelatedKey(chromeKey(text));
}

function isRelatedKey(key: string): boolean {
  if (RELATED.has(key)) return true;
  return key.split(" ", RELATED_PREFIX_MAX_WORDS + 1).length <= RELATED_PREFIX_MAX_WORDS && !SENTENCE_END.test(key) && RELATED_PREFIX.test(key);
}

interface LineRule {
  id: RuleId;
  /** Why the rule exists, for readers of this table. */
  why: string;
  /** Lines with more words are skipped without testing: cheap, and safe for body paragraphs. */
  maxWords: number;
  test: (line: Line, key: string) => boolean;
}

/** Lexicon phrases are at most this long; a line with more words cannot equal one. */
const PHRASE_MAX_WORDS = 16;
/** Footer lines (contact, copyright, legal rows) stay within this many words. */
const FOOTER_MAX_WORDS = PROMPT_MAX_WORDS * 2;
/** Author boxes run to two to four sentences (up to about 70 words on the benchmark pages). */
const AUTHOR_BIO_MAX_WORDS = 90;
/** Captions run to a sentence or two before their credit. */
const CAPTION_MAX_WORDS = 40;
/** Newsletter and affiliate boxes run to two sentences; longer lines are body that mentions a newsletter. */
const PROMO_MAX_WORDS = 40;
/** Footer legal notices run to a few sentences; longer lines are articles about copyright. */
const LEGAL_NOTICE_MAX_WORDS = 120;
/** Cookie banners run to a few sentences; longer lines are articles about cookies. */
const CONSENT_MAX_WORDS = 60;

/** A sign-up form's consent notice runs to a few sentences (an SMS notice with its rates and terms). */
const FORM_CONSENT_MAX_WORDS = 80;

/** Ordered: the first rule that matches names the removal. */
const LINE_RULES: readonly LineRule[] = [
  { id: RULE.CONSENT, why: "cookie and consent banners", maxWords: CONSENT_MAX_WORDS, test: isConsentBanner },
  { id: RULE.LIST_MARKER, why: "screen-reader list labels", maxWords: PROMPT_MAX_WORDS, test: (_l, key) => LIST_MARKER_PATTERNS.some((p) => p.test(key)) },
  { id: RULE.LIST_MARKER, why: "bullet-only tag lines (• Country:)", maxWords: BULLET_FRAGMENT_MAX_WORDS + 1, test: isBulletFragment },
  { id: RULE.COUNTER, why: "view/share/comment counters and list numbers", maxWords: PROMPT_MAX_WORDS, test: isCounter },
  { id: RULE.AD_MARKER, why: "advertising labels", maxWords: PHRASE_MAX_WORDS, test: (l, key) => ADS.has(key) || (l.words <= PROMPT_MAX_WORDS && AD_PREFIX.test(key)) },
  { id: RULE.REPLY_FORM, why: "comment and reply forms", maxWords: PHRASE_MAX_WORDS, test: isReplyForm },
  { id: RULE.SHARE_PROMPT, why: "share/subscribe/support prompts", maxWords: PHRASE_MAX_WORDS, test: isSharePrompt },
  { id: RULE.FOOTER, why: "contact, copyright and legal-link lines", maxWords: FOOTER_MAX_WORDS, test: isFooter },
  { id: RULE.FOOTER, why: "contact boxes listing several phones and e-mail addresses", maxWords: Infinity, test: isContactBox },
  { id: RULE.FOOTER, why: "legal notices (rights reserved, trademarks, no reproduction)", maxWords: LEGAL_NOTICE_MAX_WORDS, test: isLegalNotice },
  { id: RULE.RELATED_LIST, why: "headings of lists of other stories", maxWords: HEADLINE_MAX_WORDS + 4, test: isRelatedLine },
  { id: RULE.NAV, why: "menu words and section names alone on a line; rows of menu links", maxWords: FOOTER_MAX_WORDS, test: isNav },
  { id: RULE.NAV, why: "tag and topic lists", maxWords: TAG_LINE_MAX_WORDS, test: (_l, key) => TAG_LINE.test(key) },
  { id: RULE.NAV, why: "tag clouds and menus run together on one line", maxWords: Infinity, test: isUnpunctuatedRun },
  { id: RULE.TEASER, why: "headline, dateline and lede of another story on one line", maxWords: GLUED_TEASER_MAX_WORDS, test: (l) => GLUED_TEASER.test(l.text) },
  { id: RULE.CAPTION, why: "photo credits", maxWords: PROMPT_MAX_WORDS, test: (l, key) => CAPTIONS.has(key) || CAPTION_LINE.test(l.text) },
  { id: RULE.CAPTION, why: "captions ending in their credit", maxWords: CAPTION_MAX_WORDS, test: endsInCredit },
  { id: RULE.FOOTER, why: "author boxes (Jane Roe is a staff writer at …)", maxWords: AUTHOR_BIO_MAX_WORDS, test: (l) => AUTHOR_BIO_PATTERN.test(l.text) },
  { id: RULE.SHARE_PROMPT, why: "newsletter and affiliate boxes in sentences", maxWords: PROMO_MAX_WORDS, test: isPromoSentence },
  { id: RULE.SHARE_PROMPT, why: "sign-up forms' consent notices (By signing up, you agree …)", maxWords: FORM_CONSENT_MAX_WORDS, test: isFormConsent },
];

/** The id of the first line rule that removes this line, or null to keep it. */
export function classifyChromeLine(line: Line): RuleId | null {
  let key: string | null = null;
  for (const rule of LINE_RULES) {
    if (line.words > rule.maxWords) continue;
    key ??= chromeKey(line.text);
    if (rule.test(line, key)) return rule.id;
  }
  return null;
}

/** "By signing up", "By clicking Subscribe", "By submitting": a form's action named to the reader. */
const FORM_ACTION_OPENER = /^by [a-z]+ing\b/i;
/** …and, right after that clause, what doing it binds the reader to: ", you agree". */
const READER_CONSENTS = /,\s?you (?:agree|confirm|consent|acknowledge|accept|authori[sz]e)\b/i;

/**
 * A sign-up or contact form's consent notice: "By signing up, you agree to receive …", "By
 * clicking Sign Me Up, you confirm you are 16+ …". It addresses the reader about the form beside
 * the article; an article's sentence opening "By raising rates, …" goes on to its subject, and
 * advice ("By sorting your shopping, you'll save …") promises, it does not bind.
 */
function isFormConsent(line: Line): boolean {
  if (!FORM_ACTION_OPENER.test(line.text)) return false;
  const sentenceEnd = line.text.search(/[.!?](?:\s|$)/);
  return READER_CONSENTS.test(sentenceEnd < 0 ? line.text : line.text.slice(0, sentenceEnd));
}

/**
 * Every credit CAPTION_CREDIT_SUFFIX reads holds a colon or "©", or ends the line with a bracket or
 * an agency's name: a line ending otherwise (most end in a full stop) is passed without the
 * pattern, which tries every position of the line (a tenth of the line rules' time).
 */
function endsInCredit(line: Line): boolean {
  const text = line.text.trimEnd();
  const last = text.charCodeAt(text.length - 1) | 32;
  const mayEnd = last === 41 /* ) */ || (last >= 97 && last <= 122) || last >= 128 || text.includes(":") || text.includes("©");
  return mayEnd && CAPTION_CREDIT_SUFFIX.test(line.text);
}

function isReplyForm(line: Line, key: string): boolean {
  return REPLY.has(key) || COMMENT_HEADER_PATTERNS.some((pattern) => pattern.test(line.text));
}

function isPromoSentence(line: Line, key: string): boolean {
  return PROMO_GATE_WORDS.some((word) => key.includes(word)) && PROMO_SENTENCE_PATTERN.test(line.text);
}

function isConsentBanner(line: Line): boolean {
  return CONSENT_GATE.test(line.text) && CONSENT_PATTERN.test(line.text);
}

/** "• Country:" — the bullet counts as a word, hence maxWords BULLET_FRAGMENT_MAX_WORDS + 1 in the table. */
function isBulletFragment(line: Line): boolean {
  return LEADING_BULLET.test(line.text) && line.sentenceEnds === 0;
}

function isCounter(line: Line, key: string): boolean {
  return (line.text.length <= BARE_NUMBERS_MAX_CHARS && BARE_NUMBERS.test(line.text)) || COUNTER_LINE.test(key) || RELATIVE_TIME_PATTERN.test(key);
}

function isSharePrompt(line: Line, key: string): boolean {
  if (SHARE.has(key)) return true;
  if (line.words > PROMPT_MAX_WORDS) return false;
  if (SHARE_PREFIX.test(key)) return true;
  return everyTokenIn(key, SOCIAL_NETWORKS);
}

function isFooter(line: Line, key: string): boolean {
  if (COPYRIGHT_PATTERN.test(key) || CONTACT_LINE.test(key) || EMAIL_OR_PHONE_ONLY.test(line.text)) return true;
  const segments = key.split(SEPARATORS).filter(Boolean);
  const legal = segments.filter((segment) => LEGAL.has(segment)).length;
  return legal >= 2 || (segments.length === 1 && legal === 1);
}

function isLegalNotice(_line: Line, key: string): boolean {
  return LEGAL_NOTICE_GATE_WORDS.some((word) => key.includes(word)) && LEGAL_NOTICE_PATTERN.test(key);
}

function isContactBox(line: Line): boolean {
  if (!line.text.includes(":") && !line.text.includes("@")) return false;
  return (line.text.match(CONTACT_ENTRY)?.length ?? 0) >= CONTACT_BOX_MIN_ENTRIES;
}

function isRelatedLine(_line: Line, key: string): boolean {
  return isRelatedKey(key) || RELATED_INLINE.test(key);
}

function isNav(line: Line, key: string): boolean {
  if (NAV.has(key)) return true;
  if (everyTokenIn(key, SECTION_WORDS)) return true;
  return isMenuRow(line.text);
}

/**
 * Whether the line has words between TOKEN_SEPARATORS and all of them are in `words`: the
 * words of `key.split(TOKEN_SEPARATORS)`, read in place up to the first one not in `words` (on
 * most lines the first), not split into an array per line and rule.
 */
function everyTokenIn(key: string, words: ReadonlySet<string>): boolean {
  let tokens = 0;
  for (let at = 0; at < key.length; ) {
    if (isTokenSeparator(key, at)) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < key.length && !isTokenSeparator(key, end)) end++;
    if (!words.has(key.slice(at, end))) return false;
    tokens++;
    at = end;
  }
  return tokens > 0;
}

/** One code unit of TOKEN_SEPARATORS: ASCII looked up, the rest (no separator is a surrogate) tested with the pattern. */
function isTokenSeparator(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_TOKEN_SEPARATORS[code]! : TOKEN_SEPARATORS.test(text[at]!);
}

/** TOKEN_SEPARATORS' verdict on each ASCII character, read from the pattern once so the two cannot drift apart. */
const ASCII_TOKEN_SEPARATORS: readonly boolean[] = Array.from({ length: 128 }, (_, code) => TOKEN_SEPARATORS.test(String.fromCharCode(code)));

function isUnpunctuatedRun(line: Line): boolean {
  if (line.words < UNPUNCTUATED_RUN_MIN_WORDS || CLAUSE_PUNCTUATION.test(line.text) || !CASED_LETTER.test(line.text)) return false;
  // Title Case runs are headlines glued together: ticker.ts names those.
  return capitalizedShare(line.text) < TICKER_CAPITALIZED_RATIO;
}

function capitalizedShare(text: string): number {
  const words = text.split(" ");
  return words.filter((word) => CAPITALIZED_WORD.test(word)).length / words.length;
}

function isMenuRow(text: string): boolean {
  if (/\d/.test(text)) return false;
  const segments = text.split("|").map((segment) => segment.trim()).filter(Boolean);
  if (segments.length < MENU_ROW_MIN_SEGMENTS) return false;
  return segments.every((segment) => segment.split(" ").length <= MENU_SEGMENT_MAX_WORDS);
}
