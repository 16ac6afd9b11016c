import { basename } from "node:path";
import type { Line } from "./lines.js";
import { RULE } from "./rule-ids.js";

/**
 * The outlet that published a report, from what scraped text leaves of the page: a desk byline
 * (read in metadata-text.ts), a "© 2025 Outlet" line, the domain of a contact e-mail in the
 * footer, or a file name or URL that is a domain. HTML pages add og:site_name (html-metadata.ts).
 */

const COPYRIGHT_NAME =
  /^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*(?<name>.*?)[\s.,]*(?:all rights reserved\.?)?$/i;
const CORPORATE_SUFFIX = /(?<![\s,])[\s,]+(?:ltd|limited|inc|llc|plc|pvt|gmbh|s\.?a|corp|co)\.?$/i;
const COPYRIGHT_NAME_MAX_WORDS = 6;
const EMAIL_DOMAIN = /(?<=[\w.+-])@([\w-]+(?:\.[\w-]+)+)/;
/** Personal mail providers say nothing about the outlet. */
const WEBMAIL = new Set(["gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "aol", "proton", "protonmail", "icloud", "mail", "yandex", "gmx", "rediffmail"]);
/** Second-level labels under a country code ("co.uk", "com.au"): the name is one label further left. */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu)$/;

/** Outlet named by footer lines: a copyright holder, else the domain of a contact e-mail. */
export function outletFromFooter(lines: readonly Line[]): string | null {
  const footer = lines.filter((line) => line.rule === RULE.FOOTER);
  for (const line of footer) {
    const name = copyrightHolder(line.text);
    if (name) return name;
  }
  for (const line of footer) {
    const domain = EMAIL_DOMAIN.exec(line.text)?.[1];
    const name = domain ? nameOfDomain(domain.toLowerCase(), lines) : null;
    if (name) return name;
  }
  return null;
}

/** "© 2026 Outlet · Powered by WordPress | Privacy": the holder ends at the first separator. */
const HOLDER_END = /(?<!\s)\s+(?:[·|•–—-]|powered by\b)\s*.*$/iu;

function copyrightHolder(text: string): string | null {
  const holder = COPYRIGHT_NAME.exec(text)?.groups?.["name"];
  const name = holder && beforeLabelledField(holder).replace(HOLDER_END, "").replace(CORPORATE_SUFFIX, "").trim();
  if (!name || !/\p{L}/u.test(name) || /^all rights/i.test(name)) return null;
  return name.split(/\s+/).length <= COPYRIGHT_NAME_MAX_WORDS ? name : null;
}

/** A field label after the holder's name: "Email", "Tel", "Contact us" (a few words, then a colon). */
const FIELD_LABEL = /^\p{L}[\p{L} ]{0,19}$/u;

/** "Iberian Monitor. Email: desk@…" → "Iberian Monitor": a sentence that is a labelled field ends the name. */
function beforeLabelledField(holder: string): string {
  for (let end = holder.indexOf(". "); end >= 0; end = holder.indexOf(". ", end + 2)) {
    const rest = holder.slice(end + 2);
    const colon = rest.indexOf(":");
    if (colon > 0 && FIELD_LABEL.test(rest.slice(0, colon))) return holder.slice(0, end);
  }
  return holder;
}

/**
 * "info@example-news.com" → the page's own spelling of "example-news" when the page spells it
 * (ignoring case, spaces and hyphens: "Example News"), else the bare domain.
 */
function nameOfDomain(domain: string, lines: readonly Line[]): string | null {
  const labels = domain.split(".");
  const nameIndex = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? labels.length - 3 : labels.length - 2;
  const label = labels[nameIndex];
  if (!label || WEBMAIL.has(label)) return null;
  // "examplenews" or "example-news" is written "Example News", "ExampleNews" or "Example-News" on the page.
  const letters = [...label.replace(/[-_]/g, "")].join("[\\s-]?");
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${letters}(?![\\p{L}\\p{N}])`, "iu");
  for (const line of lines) {
    const match = spelled.exec(line.text);
    if (match) return match[0];
  }
  return labels.slice(nameIndex).join(".");
}

const DOMAIN_NAME = /^(?:www\d?\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?=$|[-_ ])/i;
/** Generic top-level domains common for news sites; two-letter country codes are accepted as well. */
const COMMON_TLDS = new Set(["com", "org", "net", "news", "info", "media", "press", "online", "site", "tv", "today", "world"]);

/** "https://www.example.com/a/b" or "www.example.com-story.txt" → "example.com"; other names → null. */
export function outletFromSource(source: string): string | null {
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\d?\./, "") || null;
    } catch {
      return null;
    }
  }
  const name = basename(source).replace(/\.(?:txt|html?|xhtml|text|md)$/i, "");
  const match = DOMAIN_NAME.exec(name);
  if (!match) return null;
  const tld = match[2]!.toLowerCase();
  const hasWww = /^www\d?\./i.test(name);
  return hasWww || tld.length === 2 || COMMON_TLDS.has(tld) ? match[1]!.toLowerCase() : null;
}
