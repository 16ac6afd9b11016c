import type { RuleId } from "../../../extract/text/rule-ids.js";

/** Why a line was removed, in a reader's words: the rule ids (extract/text/rule-ids.ts) are for logs and tests. */
const REASONS: Readonly<Record<RuleId, string>> = {
  EXTRACT_DROP_NAV: "menu",
  EXTRACT_DROP_TICKER: "headline ticker",
  EXTRACT_DROP_RELATED_LIST: "related stories",
  EXTRACT_DROP_TRAILING_HEADLINES: "other headlines",
  EXTRACT_DROP_PAGE_TAIL: "end of page",
  EXTRACT_DROP_OUTSIDE_BODY: "outside the article",
  EXTRACT_DROP_TEASER: "teaser for another story",
  EXTRACT_DROP_CONSENT: "cookie notice",
  EXTRACT_DROP_REPLY_FORM: "comment form",
  EXTRACT_DROP_SHARE_PROMPT: "share or subscribe prompt",
  EXTRACT_DROP_AD_MARKER: "advertising",
  EXTRACT_DROP_LIST_MARKER: "list label",
  EXTRACT_DROP_FOOTER: "footer, contact or legal notice",
  EXTRACT_DROP_COUNTER: "counter",
  EXTRACT_DROP_CAPTION: "photo credit",
  EXTRACT_DROP_MASTHEAD: "masthead",
  EXTRACT_DROP_DUPLICATE: "repeated text",
  EXTRACT_META_TITLE: "title, shown above",
  EXTRACT_META_BYLINE: "byline, shown beside",
  EXTRACT_META_DATE: "date, shown beside",
  EXTRACT_META_DATELINE: "dateline, shown beside",
  EXTRACT_META_ATTRIBUTION: "credit to another outlet, shown beside",
  EXTRACT_META_CREDIT: "wire credit line",
};

/** A removed line's reason; an id this version does not know (a store written by another) reads as page chrome. */
export function removedReason(rule: string): string {
  return (REASONS as Readonly<Record<string, string>>)[rule] ?? "page chrome";
}
