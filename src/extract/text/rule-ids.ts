/**
 * Stable ids of the extract rules. Every removed line carries one (Article.removed[].rule), and
 * the test that covers a rule names it. Never rename an id: stored articles and logs refer to it.
 */
export const RULE = {
  /** Menu words and section names alone on a line; tag lists, tag clouds and menus run together on one line. */
  NAV: "EXTRACT_DROP_NAV",
  /** A run of headlines (often in another language) above or around the article. */
  TICKER: "EXTRACT_DROP_TICKER",
  /** A "Related"/"Trending"/"Also Read" marker and the headline lines after it. */
  RELATED_LIST: "EXTRACT_DROP_RELATED_LIST",
  /** Three or more headline-like lines closing the page, with no marker. */
  TRAILING_HEADLINES: "EXTRACT_DROP_TRAILING_HEADLINES",
  /** A page's closing region: a long gap of non-body lines with only stray sentences after it. */
  PAGE_TAIL: "EXTRACT_DROP_PAGE_TAIL",
  /** Scraped whole pages: kept lines outside the one stretch of lines densest in prose. */
  OUTSIDE_BODY: "EXTRACT_DROP_OUTSIDE_BODY",
  /** The teaser of another story on one line: its headline glued to its dateline and lede, or to its summary. */
  TEASER: "EXTRACT_DROP_TEASER",
  /** Cookie and consent banners. */
  CONSENT: "EXTRACT_DROP_CONSENT",
  /** Comment and reply forms. */
  REPLY_FORM: "EXTRACT_DROP_REPLY_FORM",
  /** Share, subscribe, follow, support and feedback prompts, rows of social network names. */
  SHARE_PROMPT: "EXTRACT_DROP_SHARE_PROMPT",
  /** Advertising labels. */
  AD_MARKER: "EXTRACT_DROP_AD_MARKER",
  /** Screen-reader list labels and bullet-only tag lines. */
  LIST_MARKER: "EXTRACT_DROP_LIST_MARKER",
  /** Contact lines and boxes, copyright lines and legal notices, rows of legal links, author boxes. */
  FOOTER: "EXTRACT_DROP_FOOTER",
  /** Lines of bare numbers: view, share and comment counters, list numbers. */
  COUNTER: "EXTRACT_DROP_COUNTER",
  /** Photo credit lines. */
  CAPTION: "EXTRACT_DROP_CAPTION",
  /** Short slogans and mastheads above the title. */
  MASTHEAD: "EXTRACT_DROP_MASTHEAD",
  /** A line that repeats the title or an earlier line, or the article's paragraphs run together on one line. */
  DUPLICATE: "EXTRACT_DROP_DUPLICATE",
  /** The title line (moved to Article.title). */
  META_TITLE: "EXTRACT_META_TITLE",
  /** A byline line (moved to Article.byline). */
  META_BYLINE: "EXTRACT_META_BYLINE",
  /** A date-only line, or the scraper's leading " date YYYY-MM-DD" (moved to Article.published). */
  META_DATE: "EXTRACT_META_DATE",
  /** A dateline alone on a line or before the first paragraph (moved to Article.dateline). */
  META_DATELINE: "EXTRACT_META_DATELINE",
  /** A line crediting another outlet or agencies for the text (moved to Article.attributions). */
  META_ATTRIBUTION: "EXTRACT_META_ATTRIBUTION",
  /** Wire credit lines ("Reporting by …; Editing by …"). */
  META_CREDIT: "EXTRACT_META_CREDIT",
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];
