import type { AlignedStory, AnalyzedArticle } from "../../types.js";

/** A report of the story as the pages name and order it. */
export interface ReportEntry {
  analyzed: AnalyzedArticle;
  id: string;
  /** The outlet, or the report id when the outlet is unknown or shared with another report. */
  name: string;
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
  const outletUses = new Map<string, number>();
  for (const { article } of articles) if (article.outlet) outletUses.set(article.outlet, (outletUses.get(article.outlet) ?? 0) + 1);
  const ordered = [...articles].sort(byPublished).map((analyzed): ReportEntry => {
    const { id, outlet } = analyzed.article;
    const group = reprintGroups.find((g) => g.includes(id));
    return {
      analyzed,
      id,
      name: outlet && outletUses.get(outlet) === 1 ? outlet : outlet ? `${outlet} (${id})` : id,
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
