/**
 * What a comment thread under an article looks like: its headings and the lines that open each
 * comment. Used by src/extract/text/comment-thread.ts (a thread drops everything below it) and by the
 * single-line reply-form rule of chrome-rules.ts. Split from chrome.ts to keep that file short.
 */

/**
 * Lines naming a comment's author in a thread under an article ("jane_doe says:", "Anna K. says:",
 * "Alex on March 3, 2024 at 5:23 pm said:"). One alone is dropped as a reply-form line; several
 * after the body mark the start of a thread (comment-thread.ts). "The mayor says:" before a quote
 * is body: the short form takes only a user name (one token) or a name and an initial.
 */
export const COMMENT_AUTHOR_PATTERNS: readonly RegExp[] = [
  /^(?:\S+|\p{Lu}\S*\s\p{Lu}\.?)\s+(?:says|wrote|dice|schrieb|écrit|пишет):$/iu,
  /^.{1,60}?\s(?:on|am|le|el)\s.{4,40}?\d.{0,20}?\s(?:said|says|wrote|schrieb|a écrit|dijo):$/iu,
];

/**
 * Headers of a comment thread ("12 responses to “Headline”", "3 thoughts on “Headline”") and
 * the author lines above. Patterns because they carry counts and names. Added when the text-mode
 * benchmark showed comment threads as the largest false positives on blog pages.
 */
export const COUNTED_THREAD_TITLE = /^\d+\s+(?:responses?|comments?|thoughts|replies|reactions)\s+(?:to|on)\s+["“«]/i;
export const COMMENT_HEADER_PATTERNS: readonly RegExp[] = [COUNTED_THREAD_TITLE, ...COMMENT_AUTHOR_PATTERNS];

/**
 * Headings that open a page's comment thread ("Comments", "[ 167 comments ]", "Top Rated
 * Comments", "Join the discussion"). After the article body, everything below one is the thread
 * or the footer (comment-thread.ts). Narrower than REPLY_FORM_PHRASES: "Submit", "Website" and
 * "Name *" belong to forms that sit anywhere. "Discussion" alone is not one: it heads a section of
 * every research paper (introduction, methods, results, discussion).
 */
export const COMMENT_SECTION_HEADINGS: readonly string[] = [
  "comments", "show comments",
  "view comments", "view all comments", "join the discussion", "join the conversation",
  "conversation", "comentarios", "kommentare", "leserkommentare", "commentaires", "commenti", "комментарии",
  // the comment form's own heading: below the article, only the form, the thread and the footer follow
  "leave a reply", "leave a comment", "leave your comment", "post a comment", "add a comment", "write a comment",
  "leave a reply cancel reply", "leave a comment cancel reply", "deja un comentario", "deja una respuesta",
  "kommentar schreiben", "laisser un commentaire", "оставить комментарий", "добавить комментарий",
];

/**
 * Headings that only ever title a thread itself, never a link to it in a share bar above the
 * article ("Top Rated Comments", "12 responses to “Headline”"): they open the thread however
 * long it is, even when the comments outweigh the article.
 */
export const THREAD_TITLE_HEADINGS: readonly string[] = [
  "reader comments", "top rated comments", "top comments", "latest comments", "most recent comments",
  "leserkommentare",
];

/** "[ 167 comments ]", "Comments (12)", "12 Comments": a counted comment heading. */
export const COUNTED_COMMENT_HEADING = /^[[(]?\s*(?:\d[\d,.]*[\])]?\s+(?:comments?|responses|replies)|(?:comments?|responses)\s*[[(]\d[\d,.]*[\])])\s*[\])]?$/i;
