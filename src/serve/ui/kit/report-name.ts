import type { Article } from "../../../types.js";
import { httpUrl } from "./urls.js";

/**
 * The name a reader knows a report by: its outlet when the page names one; else the site it came
 * from; else its file's name without folders, extensions or a trailing content hash
 * ("001_c5484a34b9b3c77c.txt" → "001"). Never a path: pages leave the server.
 */
export function reportName(article: Pick<Article, "outlet" | "source" | "id"> & { canonicalUrl?: string | null }): string {
  const outlet = article.outlet?.trim();
  if (outlet) return outlet;
  const site = siteOf(article.canonicalUrl) ?? siteOf(article.source);
  if (site) return site;
  return fileStem(article.source) || fileStem(article.id) || "Pasted report";
}

/** "https://www.example.org/a/b.html" → "example.org"; null for anything but an http(s) URL. */
export function siteOf(address: string | null | undefined): string | null {
  const url = httpUrl(address);
  if (!url) return null;
  const host = new URL(url).hostname;
  return host.startsWith("www.") ? host.slice(4) : host;
}

/** A content hash a file name may end with: a separator and at least this many hex digits. */
const MIN_HASH_DIGITS = 8;

/** What saved reports end with; other dots are part of the name ("bbc.co.uk.html" → "bbc.co.uk"). */
const FILE_EXTENSIONS = [".gz", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".json", ".jsonl", ".xml", ".warc"];

/** The last part of a path, without extensions and a trailing "_<hash>" or "-<hash>". */
function fileStem(source: string): string {
  let stem = fileName(source);
  for (let ext = extensionOf(stem); ext; ext = extensionOf(stem)) stem = stem.slice(0, -ext.length);
  const cut = Math.max(stem.lastIndexOf("_"), stem.lastIndexOf("-"));
  const tail = stem.slice(cut + 1);
  const hashed = cut > 0 && tail.length >= MIN_HASH_DIGITS && [...tail].every((c) => "0123456789abcdefABCDEF".includes(c));
  return (hashed ? stem.slice(0, cut) : stem).trim();
}

function extensionOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  return FILE_EXTENSIONS.find((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** The last part of a path, "/" or "\\" separated: what a page may show of a file's place. */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
