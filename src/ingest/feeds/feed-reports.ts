import type { RawDocument, ReportMetadata } from "../../types.js";
import { isCorroborateError } from "../../errors.js";
import { makeDocument } from "../document.js";
import type { InputItem } from "../input-item.js";
import { compactMetadata } from "../metadata.js";
import type { PoliteFetcher } from "../fetch/polite-fetcher.js";
import type { FeedEntry } from "./parse-feed.js";

export interface FeedReading {
  /** Fetch each entry's link and extract the page, instead of using the entry's own content. */
  follow: boolean;
  fetcher: PoliteFetcher;
  /** Sources already had: their entries are passed over unfetched. */
  seen?: (source: string) => boolean;
}

/**
 * One report per feed entry. Following, the linked page is fetched (politely) and the entry's
 * content is the fallback when the page cannot be had; not following, the entry's content (or
 * summary) is the report. Either way the entry's link, title, date and authors are its metadata.
 */
export async function* feedReports(feedName: string, entries: FeedEntry[], reading: FeedReading): AsyncGenerator<InputItem> {
  for (const [index, entry] of entries.entries()) {
    const source = entry.link ?? `${feedName}#${entry.id ?? index + 1}`;
    if (reading.seen?.(source)) continue;
    const metadata = compactMetadata({ url: entry.link, title: entry.title, published: entry.published, authors: entry.authors } satisfies ReportMetadata);
    let fetchProblem: string | undefined;
    if (reading.follow && entry.link) {
      try {
        yield { document: { ...(await reading.fetcher.page(entry.link)), metadata } };
        continue;
      } catch (error) {
        if (!isCorroborateError(error)) throw error;
        fetchProblem = error.message;
      }
    }
    if (entry.content) {
      yield { document: { ...entryDocument(source, entry), metadata } };
    } else {
      const why = fetchProblem ?? (entry.link ? "the entry has no content; run with --follow to fetch its page" : "the entry has neither content nor a link");
      yield { failure: { source, code: "E_NO_TEXT", message: `${source}: ${why}` } };
    }
  }
}

/** The entry's own content as a small page: its title as the headline, its content as the article. */
function entryDocument(source: string, entry: FeedEntry): RawDocument {
  const content = entry.content!;
  if (!content.html) return makeDocument(source, Buffer.from(`${entry.title ? `${entry.title}\n\n` : ""}${content.value}`, "utf8"), "text/plain");
  const title = escapeHtml(entry.title ?? "");
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${title ? `<h1>${title}</h1>` : ""}${content.value}</article></body></html>`;
  return makeDocument(source, Buffer.from(html, "utf8"), "text/html");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
