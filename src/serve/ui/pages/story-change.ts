import type { AlignedStory, Evidence } from "../../../types.js";
import { slotLabel } from "../../../report/labels.js";

/** What one submission's reports did to a story they were placed in. */
export interface StoryChange {
  story: string;
  headline: string;
  /** Every report of the story came in this submission. */
  opened: boolean;
  reports: number;
  /** Points disputed only because of the new reports: without them, one value or none would be left. */
  newDisputes: string[];
  /** Points already disputed on which a new report takes a side. */
  joinedDisputes: string[];
  /** Facts agreed only because of the new reports: without them, fewer than two reports would state them. */
  newAgreed: string[];
  /** Claims only a new report makes. */
  single: number;
}

/**
 * The change, read from the story as it is now: a finding is new when it would not stand without
 * the added reports. So no earlier version of the story is needed, and a report given again
 * (a duplicate, not added) changes nothing.
 */
export function describeStoryChange(aligned: AlignedStory, added: ReadonlySet<string>): StoryChange {
  const isNew = (e: Evidence) => added.has(e.article);
  const others = (support: Evidence[]) => new Set(support.filter((e) => !isNew(e)).map((e) => e.article)).size;
  const takesPart = aligned.conflicts.filter((c) => c.positions.some((p) => p.support.some(isNew)));
  const fresh = takesPart.filter((c) => c.positions.filter((p) => others(p.support) > 0).length < 2);
  return {
    story: aligned.story.id,
    headline: aligned.story.headline,
    opened: aligned.story.articles.every(({ article }) => added.has(article.id)),
    reports: aligned.story.articles.length,
    newDisputes: fresh.map((c) => slotLabel(c.key, c.subject)),
    joinedDisputes: takesPart.filter((c) => !fresh.includes(c)).map((c) => slotLabel(c.key, c.subject)),
    newAgreed: aligned.facts.filter((f) => f.status === "corroborated" && f.support.some(isNew) && others(f.support) < 2).map((f) => slotLabel(f.key, f.subject)),
    single: aligned.facts.filter((f) => f.status === "single-source" && f.support.every(isNew)).length,
  };
}
