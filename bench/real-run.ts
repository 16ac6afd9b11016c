/**
 * One run of the pipeline the way `check` runs it, read back through the JSON contract (fields may
 * be added there, so only the ones scored are read), with article ids turned into file names.
 */
import { basename } from "node:path";
import { checkDocuments } from "../src/pipeline.js";
import { storyToJson } from "../src/report/json.js";
import { NO_TIME_LIMIT } from "./no-time-limit.js";
import type { RawDocument } from "../src/types.js";
import type { ScoredStory, Stated } from "./real-score.js";

interface JsonEvidence {
  article: string;
  quote: string;
  start: number;
  end: number;
}

interface JsonStated {
  key?: string;
  value: string;
  display: string;
  support: JsonEvidence[];
}

interface JsonStory {
  articles: { id: string; text: string }[];
  facts: JsonStated[];
  conflicts: { key: string; kind?: string; positions: JsonStated[] }[];
  updates: { key: string; steps: JsonStated[] }[];
}

export interface RunResult {
  stories: ScoredStory[];
  /** Files the pipeline refused (each counts as its own story for clustering). */
  failed: string[];
  /** Evidence whose quote is not its article's text at its offsets. */
  quotesNotExact: number;
}

export async function runCheck(documents: RawDocument[]): Promise<RunResult> {
  const fileOf = new Map(documents.map((d) => [d.id, basename(d.source)]));
  const file = (id: string) => fileOf.get(id) ?? id;
  const result = await checkDocuments(documents, { budget: NO_TIME_LIMIT });
  let quotesNotExact = 0;
  const stories = result.stories.map((aligned): ScoredStory => {
    const story = storyToJson(aligned) as JsonStory;
    const texts = new Map(story.articles.map((a) => [a.id, a.text]));
    const stated = (s: JsonStated): Stated => {
      for (const e of s.support) if (texts.get(e.article)?.slice(e.start, e.end) !== e.quote) quotesNotExact++;
      return { value: s.value, display: s.display, files: s.support.map((e) => file(e.article)) };
    };
    return {
      files: story.articles.map((a) => file(a.id)),
      facts: story.facts.map((f) => ({ ...stated(f), ...(f.key ? { key: f.key } : {}) })),
      conflicts: story.conflicts.map((c) => ({ key: c.key, ...(c.kind === undefined ? {} : { kind: c.kind }), positions: c.positions.map(stated) })),
      updates: (story.updates ?? []).map((u) => ({ key: u.key, steps: u.steps.map(stated) })),
    };
  });
  return { stories, failed: result.failures.map((f) => basename(f.source)), quotesNotExact };
}
