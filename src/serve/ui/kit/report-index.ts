import type { AlignedStory, AnalyzedArticle } from "../../../types.js";
import { reportName } from "./report-name.js";
import { countOf } from "./format.js";

/** A report of the story as the pages name and order it. */
export interface ReportEntry {
  analyzed: AnalyzedArticle;
  id: string;
  /** The outlet (or site, or file name: report-name.ts), numbered when two reports of the story share it. */
  name: string;
  /** The disputed points on which this report stands against other reports. */
  against: number;
  /** The other reports that carry the same text (wire reprints), by id. */
  copies: string[];
  /** One id per group of copies: reports with the same source key count as one independent source. */
  sourceKey: string;
}

export interface ReportIndex {
  /** In publish order, undated last, so that columns and sections read as the story unfolded. */
  ordered: ReportEntry[];
  byId: Map<string, ReportEntry>;
}

export function indexReports(aligned: AlignedStory): ReportIndex {
  const { articles, reprintGroups } = aligned.story;
  const sorted = [...articles].sort(byPublished);
  const names = sorted.map(({ article }) => reportName(article));
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const ordered = sorted.map((analyzed, i): ReportEntry => {
    const { id } = analyzed.article;
    const group = reprintGroups.find((g) => g.includes(id));
    const name = names[i]!;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return {
      analyzed,
      id,
      name: uses.get(name) === 1 ? name : `${name} (${nth})`,
      against: aligned.conflicts.filter((c) => c.positions.some((p) => p.support.some((e) => e.article === id))).length,
      copies: group?.filter((other) => other !== id) ?? [],
      sourceKey: group?.[0] ?? id,
    };
  });
  return { ordered, byId: new Map(ordered.map((entry) => [entry.id, entry])) };
}

function byPublished(a: AnalyzedArticle, b: AnalyzedArticle): number {
  const [x, y] = [a.article.published, b.article.published];
  if (x === y) return 0;
  if (!x || !y) return x ? -1 : 1;
  return x < y ? -1 : 1;
}

/** How many independent sources a set of reports amounts to: copies of one text count once. */
export function independentSources(index: ReportIndex, articleIds: string[]): number {
  return new Set(articleIds.map((id) => index.byId.get(id)?.sourceKey ?? id)).size;
}

/** The sentence of a report that holds a text offset: evidence links point at it. */
export function sentenceIndexAt(analyzed: AnalyzedArticle, offset: number): number {
  const holder = analyzed.sentences.find((s) => s.start <= offset && offset < s.end);
  return holder?.index ?? analyzed.sentences.findLast((s) => s.start <= offset)?.index ?? 0;
}

/** "against others on 2 points": the disputed points a report takes a side in, or "" when none. */
export function againstLine(report: ReportEntry): string {
  return report.against > 0 ? `against others on ${countOf(report.against, "point")}` : "";
}
