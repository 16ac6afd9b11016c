/**
 * Tunable sizes of the extract stage, in one place because they are coupled: what counts as a
 * "body paragraph" decides where chrome runs stop, where the title search ends and what a
 * trailing headline list is. Calibrated by hand against the five seed reports in ../shared/seeds,
 * the invented fixtures in src/extract/*.test.ts, and the 181 pages of
 * ../shared/bench-data/article-extraction-benchmark: as whole-page text through cleanText, 98.5% of
 * the ground-truth paragraphs are kept (99.6% before cleaning) while the text shrinks to 70%;
 * through the HTML path, 98.1%. Change them together and rerun those tests.
 */

/**
 * A line ending in sentence punctuation with at least this many words reads as body text.
 * Shorter sentence-ended lines ("Thank you.", "Read more.") do not stop a chrome run.
 * Six words keeps the shortest quote paragraphs of wire copy ("“We will,” she said." is 4
 * words and is still kept: it is only excluded from STOPPING runs, never dropped on its own).
 */
export const BODY_MIN_WORDS = 6;

/** A line this long is body text whatever its punctuation, unless a ticker rule claims it. */
export const BODY_LONG_CHARS = 300;

/**
 * Headline-like lines: no final period, a few words, short. Headlines run 3–20 words in
 * practice; 25 leaves room for long wire headlines, 200 characters for long words.
 */
export const HEADLINE_MIN_WORDS = 3;
export const HEADLINE_MAX_WORDS = 25;
export const HEADLINE_MAX_CHARS = 200;

/**
 * Single-line tickers: a line at least this long with fewer sentence ends than one per
 * PROSE_CHARS_PER_SENTENCE_END characters is a candidate. Prose has a sentence end every
 * 100–250 characters; concatenated headlines have almost none.
 */
export const TICKER_MIN_CHARS = 150;
export const PROSE_CHARS_PER_SENTENCE_END = 300;

/**
 * A ticker line without any sentence end is dropped outright when this share of its words is
 * capitalised (Title Case headlines run 0.6–0.9; English prose with names 0.1–0.3).
 * Sentence-case tickers in another language are caught by the language check instead.
 */
export const TICKER_CAPITALIZED_RATIO = 0.45;

/**
 * A run of at least this many headline-like lines before the first body paragraph is a ticker;
 * the last line of the run is kept, as the title usually directly precedes the article.
 */
export const HEAD_TICKER_RUN_MIN = 4;

/** A run of at least this many non-body lines at the end of the page is a list of other stories. */
export const TRAILING_RUN_MIN = 3;

/**
 * A page tail starts with at least this many non-body lines in a row after the body began, and
 * has at most this share of (isolated) body-like lines. Eight lines is longer than the unmarked
 * headline lists seen inside articles and shorter than a typical footer of menus and links.
 */
export const TAIL_GAP_MIN = 8;
export const TAIL_MAX_BODY_SHARE = 0.2;
/** …and the body text before the gap must outweigh the stray sentences after it this many times. */
export const TAIL_BODY_BEFORE_FACTOR = 3;

/**
 * A closing list whose items share a separator in at least this share of lines is the article's
 * own data (tour dates, groups, fixtures), not other headlines. Measured on the
 * article-extraction benchmark pages: data lists there share a shape in 80–100% of items, while
 * lists of other headlines rarely exceed 30% (a colon or dash in one or two headlines).
 */
export const SHARED_SHAPE_SHARE = 0.6;

/**
 * The title is searched among this many kept lines directly above the first body paragraph
 * (bylines, dates, prompts and ads between them are removed before the search).
 */
export const TITLE_WINDOW_LINES = 4;

/** In that window a headline of at least this many words is preferred to a shorter menu remnant. */
export const TITLE_PREFERRED_MIN_WORDS = 4;

/**
 * Above the title, a line longer than this (in words) that is not headline-like is body: the
 * title search stops there ("a long paragraph before the title is body"). Slogans are shorter.
 */
export const MASTHEAD_MAX_WORDS = 12;

/**
 * A headline and standfirst concatenated on one line are split where the remainder reappears
 * verbatim later; the remainder must be at least this long so that a short common phrase does
 * not cut a title by chance.
 */
export const STANDFIRST_MIN_CHARS = 40;

/**
 * Bullet lines with at most this many words and no sentence end are tag labels and values
 * ("• Country:", "• Russian Federation"), not list content.
 */
export const BULLET_FRAGMENT_MAX_WORDS = 4;

/** Chrome phrases are matched on whole lines; a line longer than this (in words) is never a prompt. */
export const PROMPT_MAX_WORDS = 10;

/** Hard-wrapped prose: a line this long that stops mid-sentence is continued by a next line in lower case. */
export const WRAPPED_LINE_MIN_WORDS = 8;


/**
 * The main-stretch step (main-stretch.ts), scraped whole pages only. A prose line scores its words
 * beyond STRETCH_PROSE_OFFSET_WORDS (a teaser's one-line summary barely pays for the headline and
 * time stamp around it; article paragraphs of 30–80 words clearly do). Kept short lines in a row:
 * the first STRETCH_FREE_RUN_LINES cost STRETCH_IN_ARTICLE_LINE_COST each (five unmarked headlines
 * between two paragraphs must not cut the last one off: text-cleaner.test.ts), later ones
 * STRETCH_SHORT_LINE_COST plus STRETCH_RUN_COST_STEP per line already in the run. A line removed
 * by a rule that fires inside articles (related list, ad label, byline …) costs
 * STRETCH_IN_ARTICLE_LINE_COST, so an article a related list was cut out of stays whole; any
 * other removed line (menu, footer, counter) STRETCH_REMOVED_LINE_COST. Measured on the 181
 * article-extraction benchmark pages in text mode, grid over offset 0–10, cost 2–20, step 1–5,
 * free 0–5: text-mode F1 0.846 → 0.869 (free 0 reached 0.884 but cuts that last paragraph);
 * removed-line cost 1 → 20 with cheap in-article rules (main-stretch.ts): 0.869 → 0.890. With the
 * sandwich offset, the second stretch, comment threads and the lexicon additions: 0.929.
 */
export const STRETCH_PROSE_OFFSET_WORDS = 5;
/** A standfirst under the title runs one or two lines; a third line is the body or a teaser. */
export const STANDFIRST_MAX_LINES = 2;
/**
 * …and is kept when it and one body paragraph share this share of their words (word sets: shared
 * over all). Measured on the 181 article-extraction pages in text mode: a share of the standfirst's
 * words alone kept 4 deks at 0.8 (2 outside the ground truth, F1 0.943 → 0.942); the overlap of
 * both keeps 1, inside it. A dek restating the lead with one figure changed scores about 0.9.
 */
export const STANDFIRST_RESTATED_SHARE = 0.8;
/**
 * …and a prose line between two short or removed lines (a teaser's snippet) its words beyond
 * this. 20 words: text-mode F1 0.909 → 0.915 (12: 0.910, 30: 0.914, recall falling from 24 on).
 */
export const STRETCH_SANDWICHED_OFFSET_WORDS = 20;
/**
 * A second stretch (before or after the main one) is kept when it scores at least this share of
 * the main one: the other half of an article split by a wall. Text-mode F1 by share: none 0.915,
 * 0.8 0.915, 0.7 0.919, 0.65 0.921, 0.6 0.920, 0.5 0.918, 0.3 0.912 (comment threads and teaser
 * columns come back below 0.5).
 */
export const STRETCH_SECOND_SHARE = 0.65;
export const STRETCH_REMOVED_LINE_COST = 20;
export const STRETCH_IN_ARTICLE_LINE_COST = 1;
export const STRETCH_FREE_RUN_LINES = 5;
export const STRETCH_SHORT_LINE_COST = 15;
export const STRETCH_RUN_COST_STEP = 3;

/**
 * Two comment-author lines after the body make a thread (comment-thread.ts): one could be a
 * quoted line ("Anna K. says:"), two in one page are a thread's rhythm.
 */
export const COMMENT_THREAD_MIN_AUTHORS = 2;

/**
 * Glued teasers (glued-teasers.ts): a Title Case headline run into its summary without a space.
 * The headline part has at least 4 words, 70% of them capitalised (Title Case headlines run
 * 0.6–0.9 with their short words; "Q: In reading the …" style sentences reach 0.6, hence 0.7);
 * the summary part has at least 8 words, at most 45% capitalised (TICKER_CAPITALIZED_RATIO:
 * English prose with names runs 0.1–0.3).
 */
export const GLUED_HEADLINE_MIN_WORDS = 4;
export const GLUED_HEADLINE_CAPITALIZED_RATIO = 0.7;
export const GLUED_SUMMARY_MIN_WORDS = 8;
export const GLUED_SUMMARY_MAX_CAPITALIZED_RATIO = TICKER_CAPITALIZED_RATIO;

/**
 * A long line is a run-together copy of the article (runs.ts markConcatenatedCopies) when at least
 * 2 other paragraphs of the page occur in it verbatim and cover at least half its length. On the
 * 181 benchmark pages such copies are covered 0.9–1.0; no article paragraph contains two others.
 */
export const COPY_MIN_PARTS = 2;
export const COPY_MIN_COVERED_SHARE = 0.5;

/**
 * An author box's bio paragraph (author-box.ts) runs to a few sentences; on the benchmark pages
 * 30–90 words. A longer paragraph under an "About Jane Roe" heading is article text.
 */
export const AUTHOR_BOX_MAX_WORDS = 120;
