import type { AlignedStory, AnalyzedArticle, Article, RawDocument } from "../types.js";
import { extractArticleFields, withLazyLanguage, type ArticleFields } from "../extract/index.js";
import { analyzeArticle } from "../analyze/index.js";
import { toStory } from "../cluster/index.js";
import { alignStory } from "../align/index.js";
import { CorroborateError } from "../errors.js";
import { outcomeOf, type TaskOutcome } from "./task-outcome.js";

/**
 * The work sent to an analysis worker: each is one report or one story, start to finish. Extract
 * tasks are run by extract-task.ts, which loads none of the analysis stages.
 */
export type AnalysisTask =
  | { kind: "extract"; document: RawDocument }
  | { kind: "analyze"; document: RawDocument }
  | { kind: "align"; storyId: string; articles: Article[] };

/**
 * An analysed report as it crosses back: its article without the language, which the main thread
 * detects if it is asked (lazy-language.ts; a structured clone would read the getter, and language
 * detection cost a tenth of a check that never shows it).
 */
export type AnalyzedFields = Omit<AnalyzedArticle, "article"> & { article: ArticleFields };

/** What each task gives back. */
export interface TaskValues {
  extract: ArticleFields;
  analyze: AnalyzedFields;
  align: AlignedStory;
}

export type AnalysisOnlyTask = Exclude<AnalysisTask, { kind: "extract" }>;

/**
 * A report needs one sentence of at least this many words to be worth keeping: "x1" or a lone
 * heading has nothing a second report could agree or disagree with.
 */
const MIN_SENTENCE_WORDS = 3;
const WORD = /\p{L}{2,}/gu;

export function runAnalysisTask(task: AnalysisOnlyTask): TaskOutcome<TaskValues[AnalysisOnlyTask["kind"]]> {
  return outcomeOf(() => perform(task));
}

function perform(task: AnalysisOnlyTask): TaskValues[AnalysisOnlyTask["kind"]] {
  switch (task.kind) {
    case "analyze": {
      const fields = extractArticleFields(task.document);
      return { ...requireSentence(analyzeArticle(withLazyLanguage(fields))), article: fields };
    }
    case "align":
      return alignStory(toStory(task.articles.map(analyzeArticle), task.storyId));
  }
}

function requireSentence(analyzed: AnalyzedArticle): AnalyzedArticle {
  const { source } = analyzed.article;
  const hasSentence = analyzed.sentences.some((s) => (s.text.match(WORD)?.length ?? 0) >= MIN_SENTENCE_WORDS);
  if (!hasSentence) throw new CorroborateError("E_NO_TEXT", "analyze", `${source}: no sentence to check (a report needs at least one sentence of ${MIN_SENTENCE_WORDS} words)`, source);
  return analyzed;
}
