/**
 * What page chrome looks like in HTML markup: the tags, ARIA roles and class/id words that
 * sites give their menus, share bars, comment threads, related lists, newsletter boxes, cookie
 * banners, ads and captions. The words of the chrome itself (what such a box SAYS) live in
 * chrome.ts and serve both the HTML extractor and the line cleaner.
 *
 * Class and id values are split into words at anything that is not a letter or digit and at
 * camelCase humps ("relatedArticles" → related, articles). Matching is on whole words or on the
 * stems below, never on substrings of words: "ad" must not match "header" or "shadow".
 * Measured on the 181 pages of the article-extraction benchmark (see bench/extraction.ts).
 */

/** Elements that are chrome whatever their class: menus, side columns, page footers, figures and their captions. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(["nav", "aside", "footer", "figure", "figcaption", "button", "dialog", "menu"]);

/** Elements whose content is never body text (form controls, media). Skipped with what they contain. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(["input", "label", "option", "img", "picture", "video", "audio", "source", "map", "head", "link", "meta", "embed"]);

/** ARIA landmark roles of chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist",
]);

/**
 * Class/id words of chrome containers. Whole words: each was seen naming a chrome box on the
 * benchmark pages, and none names the article container there. Not "toc": sites number the
 * article's own sections "toc_<heading>" for their table of contents, and the table itself is a
 * link list, dropped as one. "footnotes" and "disclosure" (an affiliate notice) were measured on
 * the WCXB development split: F1 0.9517 → 0.9519, the 181 pages 0.9777 → 0.9778.
 */
export const CHROME_CLASS_WORDS: ReadonlySet<string> = new Set([
  "comment", "comments", "disqus", "related", "recommended", "recirculation", "recirc", "share", "sharing", "shares",
  "social", "newsletter", "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
  "promo", "promotion", "promoted", "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp",
  "sponsor", "sponsored", "outbrain", "taboola", "sidebar", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation",
  "menu", "footer", "masthead", "byline", "author", "authors", "tags", "tag", "keywords", "topics", "caption", "credit",
  "credits", "popup", "modal", "overlay", "toolbar", "pagination", "pager", "widget", "trending", "popular", "mostread",
  "readmore", "print", "tools", "skip", "login", "rail", "aside", "teaser", "teasers", "carousel",
  "gallery", "video", "player", "embed", "bio", "timestamp", "dateline", "meta", "date", "flyout", "dropdown",
  "headline", "kicker", "hidden", "offscreen", "sronly", "screenreader", "visuallyhidden", "alert", "banner", "feedback",
  "survey", "footnotes", "disclosure", "donate", "donation", "trust", "disclaimer", "copyright", "more", "cta",
]);

/** Word stems of chrome classes ("comment-list", "commentsBlock", "shareBar", "advertorial"). */
export const CHROME_CLASS_STEMS: readonly string[] = [
  "comment", "related", "share", "social", "newsletter", "advert", "sponsor", "promo", "cookie", "breadcrumb",
  "sidebar", "outbrain", "taboola", "recommend", "subscri", "trending", "popular",
];

/**
 * Chrome words that name how a box is built, not what it is for: a "widget" or an "embed" in a
 * side column is chrome, but inside the article it is one of the article's cards (a list
 * article's products, a guide's places), and a "hidden" or "more" panel holds the rest of a section.
 * Measured on the WCXB development split: each of the four raised its F1; "sidebar", "rail" and
 * "overlay" changed nothing and are left out.
 */
export const LAYOUT_CHROME_WORDS: ReadonlySet<string> = new Set(["widget", "embed", "hidden", "more"]);

/**
 * Class/id words of the article body. An element that carries one is not dropped for a chrome
 * word it also carries ("article-meta" is chrome, but "post-content tags-enabled" is the body),
 * unless the chrome word is one of CHROME_CLASS_WORDS_STRONG.
 */
export const BODY_CLASS_WORDS: ReadonlySet<string> = new Set([
  "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "prose", "richtext", "paragraph",
]);

/**
 * Chrome words that win over body words: "article-comments", "story-related", "post-share",
 * "content-ad". Not "hidden" ("field-label-hidden" is a Drupal article body), not "sidebar"
 * ("content-with-sidebar" wraps the article), not "paywall" or "slider" (both wrapped whole
 * articles on the benchmark pages).
 */
export const CHROME_CLASS_WORDS_STRONG: ReadonlySet<string> = new Set([
  "comment", "comments", "related", "share", "sharing", "social", "newsletter", "cookie", "ad", "ads", "advert",
  "advertisement", "sponsored", "outbrain", "taboola", "recommended", "promo", "caption", "byline", "author", "tags",
  "footer", "nav", "navigation", "breadcrumb", "breadcrumbs", "sronly", "visuallyhidden",
]);

/**
 * Class names (whole, as the embed scripts write them) of posts quoted from social networks. An
 * embedded tweet is part of the article (the article quotes it, and the benchmark's true bodies
 * keep it), though sites wrap it in boxes named "social-media-embed" or "video-container": such a
 * post is never chrome, whatever its wrapper says.
 */
export const EMBEDDED_POST_CLASSES: ReadonlySet<string> = new Set([
  "twitter-tweet", "twitter-tweet-rendered", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed",
  "mastodon-embed", "reddit-embed-bq",
]);

/** Class words of an accordion's panels: hidden until opened, but the article's text ("hidden" does not make them chrome). */
export const COLLAPSED_PANEL_WORDS: ReadonlySet<string> = new Set(["accordion", "collapse", "collapsible", "expandable"]);

/** Inline styles of elements that are never shown. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
