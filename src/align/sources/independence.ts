import type { Article, Story } from "../../types.js";
import { append, joinedSets } from "../../group.js";

/** Credits that say a whole report is another outlet's text: a wire dateline, "originally appeared on", "with inputs from". */
const WHOLE_REPORT_CREDITS: ReadonlySet<string> = new Set(["wire", "originally-appeared", "inputs-from"]);
/** Credits that name no one in particular. */
const GENERIC_CREDITS = /^(?:agencies|agency|wires?|news agencies|staff|reporters)$/i;
/** The agencies' long and short names, so that "AP" and "the Associated Press" are one credit. */
const AGENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ["associated press", "ap"], ["the associated press", "ap"], ["agence france-presse", "afp"], ["agence france presse", "afp"],
  ["reuters", "reuters"], ["thomson reuters", "reuters"], ["deutsche presse-agentur", "dpa"], ["press trust of india", "pti"],
  ["asian news international", "ani"], ["indo-asian news service", "ians"], ["xinhua news agency", "xinhua"],
  ["united press international", "upi"], ["agencia efe", "efe"], ["anadolu agency", "anadolu"], ["kyodo news", "kyodo"],
]);

/** The credits a report carries, by name, once each ("Reuters", "AP"). */
export function creditsOf(article: Article): string[] {
  return [...new Set(article.attributions.filter((a) => !GENERIC_CREDITS.test(a.source.trim())).map((a) => a.source.trim()))];
}

/**
 * Which independent source each report belongs to. Copies of one text (reprint groups) are one
 * source; so are reports that credit one outlet for their whole text, and the reports of that
 * outlet itself: a Reuters story run by three sites is one account, whatever the sites.
 */
export function independentSourceMap(story: Story): Map<string, string> {
  const sources = joinedSets<string>();
  for (const group of story.reprintGroups) for (const id of group.slice(1)) sources.join(group[0]!, id);
  // An outlet's own reports stay separate accounts (a paper's morning and evening stories); a
  // credit ties its report to every report of the credited outlet and to others crediting it.
  const outlets = new Map<string, string[]>();
  for (const { article } of story.articles) {
    if (!article.outlet) continue;
    const key = canonicalName(article.outlet);
    append(outlets, key, article.id);
  }
  const credited = new Map<string, string>();
  for (const { article } of story.articles) {
    for (const credit of article.attributions) {
      if (!WHOLE_REPORT_CREDITS.has(credit.kind) || GENERIC_CREDITS.test(credit.source.trim())) continue;
      const key = canonicalName(credit.source);
      const first = credited.get(key);
      if (first) sources.join(first, article.id);
      else credited.set(key, article.id);
      for (const id of outlets.get(key) ?? []) sources.join(article.id, id);
    }
  }
  return new Map(story.articles.map(({ article }) => [article.id, sources.root(article.id)]));
}

function canonicalName(name: string): string {
  const lower = name.toLowerCase().replace(/[.\u2019']/g, "").replace(/\s+/g, " ").trim();
  return AGENCY_NAMES.get(lower) ?? lower;
}
