import {
  COMMENT_AUTHOR_PATTERNS,
  COMMENT_SECTION_HEADINGS,
  COUNTED_COMMENT_HEADING,
  COUNTED_THREAD_TITLE,
  THREAD_TITLE_HEADINGS,
} from "../../lexicons/chrome-comments.js";
import { chromeKey } from "./chrome-rules.js";
import { firstBodyIndex, isKept, isProse, type Line } from "./lines.js";
import { RULE } from "./rule-ids.js";
import { COMMENT_THREAD_MIN_AUTHORS } from "./thresholds.js";

const SECTION_HEADINGS = new Set(COMMENT_SECTION_HEADINGS);
const THREAD_TITLES = new Set(THREAD_TITLE_HEADINGS);

/**
 * A comment thread under an article. Comments are prose, so no short-line rule stops them; what
 * gives the thread away is its heading ("Comments", "[ 167 comments ]") or its rhythm: each
 * comment opens with a line naming its author ("jane says:", "Alex on March 3, 2024 at 5:23 pm
 * said:"). After the body started, the first heading below most of the prose, or the first of at least
 * COMMENT_THREAD_MIN_AUTHORS author lines, opens the thread: every kept line from there on (the
 * thread, then the page footer) is dropped as a reply form.
 */
export function markCommentThread(lines: readonly Line[]): void {
  const start = threadStart(lines);
  if (start === -1) return;
  for (const line of lines.slice(start)) if (isKept(line)) line.rule = RULE.REPLY_FORM;
}

function threadStart(lines: readonly Line[]): number {
  const bodyStart = firstBodyIndex(lines);
  const authors: number[] = [];
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > AUTHOR_LINE_MAX_CHARS) continue;
    if (isThreadTitle(text) || (isSectionHeading(text) && proseBeforeOutweighsAfter(lines, i))) return authors[0] ?? i;
    if (text.endsWith(":") && COMMENT_AUTHOR_PATTERNS.some((pattern) => pattern.test(text))) authors.push(i);
  }
  return authors.length >= COMMENT_THREAD_MIN_AUTHORS ? authors[0]! : -1;
}

/**
 * A "Comments" link in a share bar above the article is not the thread: the article's prose must
 * lie above the heading, at least as much as the prose below it.
 */
function proseBeforeOutweighsAfter(lines: readonly Line[], index: number): boolean {
  let balance = 0;
  lines.forEach((line, i) => {
    if (isKept(line) && isProse(line)) balance += i < index ? line.text.length : -line.text.length;
  });
  return balance >= 0;
}

function isThreadTitle(text: string): boolean {
  return THREAD_TITLES.has(chromeKey(text)) || COUNTED_THREAD_TITLE.test(text);
}

function isSectionHeading(text: string): boolean {
  return SECTION_HEADINGS.has(chromeKey(text)) || COUNTED_COMMENT_HEADING.test(text);
}

/** An author line is a name and perhaps a date: longer lines are sentences that end in "said:". */
const AUTHOR_LINE_MAX_CHARS = 120;
