import type { Fact, SourceSummary, Story } from "../../types.js";
import { creditsOf } from "./independence.js";

/**
 * Per report: facts it shares with at least one other report, reports it contradicts (once per
 * disputed slot and other report), and facts only it carries.
 */
export function summariseSources(story: Story, facts: Fact[], contradictions: Map<string, number>): SourceSummary[] {
  return story.articles.map(({ article }) => {
    let agrees = 0;
    let unique = 0;
    for (const fact of facts) {
      if (!fact.support.some((e) => e.article === article.id)) continue;
      if (fact.reports >= 2) agrees++;
      else if (fact.status === "single-source") unique++;
    }
    const credits = creditsOf(article);
    return { article: article.id, outlet: article.outlet, agrees, contradicts: contradictions.get(article.id) ?? 0, unique, ...(credits.length ? { credits } : {}) };
  });
}
