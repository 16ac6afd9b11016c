/**
 * Tunable sizes of the HTML main-text finder (html-content.ts). Coupled: the penalties decide how
 * much chrome a container may hold before a tighter one wins. Calibrated together on the 181
 * pages of the article-extraction benchmark (npm run bench:extraction); change them together and
 * rerun it.
 */

/** A block with more than this share of its characters inside links is a link list, not prose. */
export const LINK_DENSE_SHARE = 0.5;

/**
 * A chrome block (comments, related teasers, share bars) costs this much per character: a
 * container that takes in a comment thread as long as the article loses to the article alone.
 */
export const CHROME_BLOCK_WEIGHT = 1;

/** A link-heavy block costs this much per character (menus and lists of other stories). */
export const LINK_BLOCK_WEIGHT = 0.5;

/**
 * Every short non-prose block (a label, a heading, a date) costs this much, so a container does
 * not grow to take in a page's worth of menu fragments; an article's few sub-headings cost little
 * against its paragraphs. Measured together on the 181 pages and the WCXB development split:
 * 10 → 15 raised both (0.9778 → 0.9780, 0.9523 → 0.9524: the fragments of a page header and a
 * writer's or product's box of labels below the article no longer join it), 20 no further on the
 * 181 pages, 25 lost WCXB articles whose sub-headings outnumber their paragraphs (→ 0.9511).
 */
export const SHORT_BLOCK_PENALTY = 15;

/** Fewer characters of body than this means the rules found no article: try the next rung of the ladder. */
export const MIN_ARTICLE_CHARS = 250;

/**
 * How much a prose block counts for the element that owns it, its parent, grandparent and the
 * level above, when looking for the element that directly holds the article's paragraphs.
 */
export const CORE_ANCESTOR_WEIGHTS: readonly number[] = [1, 1, 0.5, 0.25];

/** Teaser snippets are a sentence or two; longer text is an article's paragraph. */
export const TEASER_MAX_CHARS = 400;
/** A text that opens with at least this much link text (a headline, not a name) is a teaser. */
export const TEASER_LEAD_MIN_CHARS = 25;
/**
 * A teaser card holds its headline link and snippet within this many levels and this many blocks.
 * Four blocks: headline, author, date and snippet (cards of opinion lists carry all four; three
 * missed them). Measured on the benchmark: HTML F1 0.964 → 0.969 from 3 to 4; 5 is no better, 6
 * starts eating short articles.
 */
export const TEASER_CARD_LEVELS = 3;
export const TEASER_CARD_MAX_BLOCKS = 4;

/**
 * A layout wrapper named with a weak chrome word still holds the article when it holds more than
 * this share of the page's prose; chrome boxes (menus, side columns, ad slots) hold far less.
 */
export const WEAK_CHROME_MAX_PROSE_SHARE = 0.5;

/** A line whose letters are more than this share capitals is set in capitals (a promoted headline). */
export const SHOUTED_CAPITALS_SHARE = 0.6;

/**
 * A run of repeated blocks with this much prose is a second copy of the article (one per screen
 * size), not a description a listing repeats under several entries (a paragraph or two).
 */
export const REPEATED_COPY_MIN_CHARS = 600;

/**
 * The "wrapper" rung replaces an article the "class" rung found when it finds this many times
 * more text: the class words cut away most of the article (a strong chrome word on its own box)
 * and left a part of it (an intro, one section) long enough to pass MIN_ARTICLE_CHARS.
 */
export const WRAPPER_OVER_CLASS_GAIN = 2;

/**
 * An article landmark (<article>, <main>) around the box the prose sums chose replaces it when it
 * holds this many times the box's prose: the box was one section of the article. Measured on the
 * WCXB development split: 2 and 1.5 also took in promotion and teaser boxes of landing pages
 * (1.5: F1 0.9509 → 0.9506), 2.5 only the articles cut to one section (→ 0.9517), 3.5 fewer (→ 0.9512).
 */
export const LANDMARK_OVER_BOX_GAIN = 2.5;

/**
 * The "wrapper" rung's article replaces the "class" rung's even when it lies elsewhere on the
 * page if it holds this many times its text: the class rung found an intro of a few hundred
 * characters and the body (a list article's entries) sat beside it in a box a chrome word names
 * ("page-footer"). Measured on the WCXB development split: 5 and 10 changed only such a page
 * (F1 0.9519 → 0.9523); 3 also put a disclaimer box in place of a short article (→ 0.9511).
 */
export const WRAPPER_FAR_OVER_CLASS_GAIN = 10;
