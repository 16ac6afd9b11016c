import type { Article, Conflict } from "../types.js";
import { analyzeArticle } from "../analyze/index.js";
import { toStory } from "../cluster/index.js";
import { alignStory } from "../align/index.js";

/** A new report opened a disputed point in its story, or took a side against what its outlets agreed. */
export interface DisputeAlert {
  type: "dispute";
  /** "new-dispute": the point was not disputed before; "against-consensus": it was agreed by two or more independent outlets. */
  kind: "new-dispute" | "against-consensus";
  story: { id: string; headline: string };
  /** The disputed slot ("aboard", "date of crash") and why the values cannot both hold. */
  point: string;
  reason: string;
  report: { id: string; source: string; outlet: string | null; title: string };
  /** Each side: its value and every report behind it, with the sentence. */
  sides: { value: string; display: string; reports: { id: string; source: string; outlet: string | null; quote: string }[] }[];
}

/**
 * The alerts a newly stored report raises in its story: every disputed point in which it takes a
 * side and which was not disputed before it came. The story is aligned with and without it (the
 * same alignment a reader sees), so an alert says nothing the brief would not.
 */
export function disputesOpenedBy(storyId: string, articles: Article[], reportId: string): DisputeAlert[] {
  const others = articles.filter((a) => a.id !== reportId);
  const report = articles.find((a) => a.id === reportId);
  if (!report || others.length === 0) return [];
  const analyzed = articles.map(analyzeArticle);
  const after = alignStory(toStory(analyzed, storyId));
  const before = alignStory(toStory(analyzed.filter((a) => a.article.id !== reportId), storyId));
  const disputedBefore = new Set(before.conflicts.map((c) => c.key));
  const agreedBefore = new Set(before.facts.filter((f) => f.status === "corroborated").map((f) => f.key));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return after.conflicts
    .filter((conflict) => !disputedBefore.has(conflict.key) && takesSide(conflict, reportId))
    .map((conflict) => ({
      type: "dispute" as const,
      kind: agreedBefore.has(conflict.key) ? ("against-consensus" as const) : ("new-dispute" as const),
      story: { id: storyId, headline: after.story.headline },
      point: conflict.key,
      reason: conflict.reason,
      report: { id: report.id, source: report.source, outlet: report.outlet, title: report.title },
      sides: conflict.positions.map((position) => ({
        value: position.value,
        display: position.display,
        reports: position.support.map((evidence) => {
          const article = byId.get(evidence.article);
          return { id: evidence.article, source: article?.source ?? evidence.article, outlet: article?.outlet ?? null, quote: evidence.quote };
        }),
      })),
    }));
}

function takesSide(conflict: Conflict, reportId: string): boolean {
  return conflict.positions.some((position) => position.support.some((evidence) => evidence.article === reportId));
}

