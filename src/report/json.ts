import type { AlignedStory, Evidence, InputFailure } from "../types.js";
import type { CheckResult } from "../pipeline.js";
import { articleOf, reportCredits } from "./story-articles.js";
import { reportName, reportUrl } from "./source-name.js";

/** Version of the JSON contract. Fields may be added; none renamed or removed without a bump. */
export const JSON_VERSION = 1;

export function toJsonReport(result: CheckResult): object {
  return {
    version: JSON_VERSION,
    stories: result.stories.map(storyToJson),
    failures: result.failures.map((f: InputFailure) => ({ source: f.source, message: f.message })),
  };
}

export function storyToJson(aligned: AlignedStory): object {
  const { story } = aligned;
  return {
    id: story.id,
    headline: story.headline,
    articles: story.articles.map(({ article }) => ({
      id: article.id,
      source: article.source,
      outlet: article.outlet,
      name: reportName(article),
      url: reportUrl(article),
      title: article.title,
      published: article.published,
      publishedAt: article.publishedAt ?? null,
      credits: reportCredits(aligned, article.id),
      language: article.language,
      byline: article.byline,
      dateline: article.dateline,
      attributions: article.attributions,
      text: article.text,
      removed: article.removed,
    })),
    reprints: story.reprintGroups,
    entities: aligned.entities,
    facts: aligned.facts.map((f) => ({
      key: f.key,
      kind: f.kind,
      ...(f.measure ? { measure: f.measure } : {}),
      ...(f.owner ? { owner: f.owner } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      value: f.value,
      display: f.display,
      status: f.status,
      reports: f.reports,
      independentSources: f.independentSources,
      support: f.support.map(evidenceToJson),
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.checks ? { checks: f.checks } : {}),
    })),
    conflicts: aligned.conflicts.map((c) => ({
      key: c.key,
      kind: c.verdict,
      claimKind: c.kind,
      reason: c.reason,
      ...(c.subject ? { subject: c.subject } : {}),
      positions: c.positions.map((p) => ({ value: p.value, display: p.display, support: p.support.map(evidenceToJson) })),
    })),
    updates: aligned.updates.map((u) => ({
      key: u.key,
      ...(u.subject ? { subject: u.subject } : {}),
      steps: u.steps.map((step) => ({ date: step.date, value: step.value, display: step.display, ...(step.provisional ? { provisional: true } : {}), support: step.support.map(evidenceToJson) })),
    })),
    sources: aligned.sources.map((source) => ({ ...source, name: reportName(articleOf(aligned, source.article)) })),
  };
}

function evidenceToJson(e: Evidence): object {
  return { article: e.article, quote: e.quote, start: e.span.start, end: e.span.end };
}
