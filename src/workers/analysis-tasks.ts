import type { AlignedStory, AnalyzedArticle, Article, RawDocument } from "../types.js";
import { extractArticle } from "../extract/index.js";
import { analyzeArticle } from "../analyze/index.js";
import { toStory } from "../cluster/index.js";
import { alignStory } from "../align/index.js";
import { CorroborateError, isCorroborateError, type ErrorCode, type Stage } from "../errors.js";

/** The work sent to an analysis worker: each is one report or one story, start to finish. */
export type AnalysisTask =
  | { kind: "extract"; document: RawDocument }
  | { kind: "analyze"; document: RawDocument }
  | { kind: "align"; storyId: string; articles: Article[] };

/** What each task gives back. */
export interface TaskValues {
  extract: Article;
  analyze: AnalyzedArticle;
  align: AlignedStory;
}

/**
 * A task's answer as it crosses back from the worker. A CorroborateError travels as its fields
 * (a thread boundary keeps an Error's message but drops its code); any other error is a bug and is
 * thrown as it is.
 */
export type TaskOutcome<T> = { value: T } | { failure: { code: ErrorCode; stage: Stage; message: string; source?: string } };

/**
 * A report needs one sentence of at least this many words to be worth keeping: "x1" or a lone
 * heading has nothing a second report could agree or disagree with.
 */
const MIN_SENTENCE_WORDS = 3;
const WORD = /\p{L}{2,}/gu;

export function runAnalysisTask(task: AnalysisTask): TaskOutcome<TaskValues[AnalysisTask["kind"]]> {
  try {
    return { value: perform(task) };
  } catch (error) {
    if (!isCorroborateError(error)) throw error;
    return { failure: { code: error.code, stage: error.stage, message: error.message, source: error.source } };
  }
}

function perform(task: AnalysisTask): TaskValues[AnalysisTask["kind"]] {
  switch (task.kind) {
    case "extract":
      return extractArticle(task.document);
    case "analyze":
      return requireSentence(analyzeArticle(extractArticle(task.document)));
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
