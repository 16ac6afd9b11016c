/**
 * schema.org JSON-LD: the most trusted metadata a page carries, because sites write it for
 * search engines from their own database. The first object of an article type (or, failing
 * that, the first with a headline or datePublished) is read; arrays, @graph and broken JSON are
 * handled. The search is iterative: a hostile page may nest JSON-LD arbitrarily deep.
 */

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  /** Organizations credited as author: a last resort, when the page names no person. */
  authorOrganizations: string[];
  publisher: string | null;
  language: string | null;
  url: string | null;
}

/** schema.org types of news and blog articles. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article", "newsarticle", "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
  "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle",
  "report", "webpage", "creativework",
]);
/** Objects visited at most, whatever the nesting: bounded work on hostile input. */
const MAX_OBJECTS = 5000;

export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  let fallback: Record<string, unknown> | null = null;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.trim().replace(/^<!--|-->$/g, ""));
    } catch {
      continue; // broken JSON-LD is common; the other sources still count
    }
    const found = findArticleObject(data);
    if (found?.typed) return toArticle(found.object);
    fallback ??= found?.object ?? null;
  }
  return fallback ? toArticle(fallback) : null;
}

function findArticleObject(data: unknown): { object: Record<string, unknown>; typed: boolean } | null {
  // A queue read by index (shift() is linear), filled only up to what can still be visited (a
  // spread of a 200,000-item array overflows the call stack).
  const queue: unknown[] = [data];
  let untyped: Record<string, unknown> | null = null;
  for (let visited = 0; visited < queue.length && visited < MAX_OBJECTS; visited++) {
    const item = queue[visited];
    if (Array.isArray(item)) {
      for (const element of item.slice(0, MAX_OBJECTS - queue.length)) queue.push(element);
      continue;
    }
    if (!item || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const hasArticleFields = typeof record["headline"] === "string" || typeof record["datePublished"] === "string";
    if (hasArticleFields && isArticleType(record["@type"]) && !/^webpage$/i.test(String(record["@type"]))) return { object: record, typed: true };
    if (hasArticleFields) untyped ??= record;
    if (record["@graph"]) queue.push(record["@graph"]);
    if (record["mainEntity"]) queue.push(record["mainEntity"]);
  }
  return untyped ? { object: untyped, typed: false } : null;
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t.toLowerCase()));
}

function toArticle(record: Record<string, unknown>): JsonLdArticle {
  return {
    headline: stringOf(record["headline"]) ?? stringOf(record["name"]),
    datePublished: stringOf(record["datePublished"]) ?? stringOf(record["dateCreated"]),
    dateModified: stringOf(record["dateModified"]),
    authors: namesOf(record["author"] ?? record["creator"], "people"),
    authorOrganizations: namesOf(record["author"] ?? record["creator"], "organizations"),
    publisher: namesOf(record["publisher"])[0] ?? null,
    language: stringOf(record["inLanguage"]),
    url: stringOf(record["url"]) ?? stringOf((record["mainEntityOfPage"] as Record<string, unknown> | undefined)?.["@id"]),
  };
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * "Jane Doe", {name}, [{name}, "John Roe"] → names, in order, without repeats; people and
 * organizations apart for authors (a site crediting itself says less than a byline naming a person).
 */
function namesOf(value: unknown, only: "people" | "organizations" | "all" = "all"): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    const record = item && typeof item === "object" ? (item as Record<string, unknown>) : null;
    const organization = !!record && /organization|corporation/i.test(String(record["@type"] ?? ""));
    if ((only === "people" && organization) || (only === "organizations" && !organization)) continue;
    const name = typeof item === "string" ? stringOf(item) : record ? stringOf(record["name"]) : null;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
