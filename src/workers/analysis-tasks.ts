import type { AlignedStory, AnalyzedArticle, Article, RawDocument } from "../types.js";
import type { StorySummary } from "../store/store.js";
import { extractArticle, extractArticleFields, withLazyLanguage, type ArticleFields, type ArticleText } from "../extract/index.js";
import { analyzeArticle } from "../analyze/index.js";
import { toStory } from "../cluster/index.js";
import { alignStory } from "../align/index.js";
import { reportForStore } from "../store/ingest-report.js";
import { packReport, type PackedReport } from "../store/packed-report.js";
import type { Submission } from "../serve/intake/report-intake.js";
import type { PlacedReport, ReadyReport } from "../store/ingest-report.js";
import { encodeAligned } from "../store/aligned-codec.js";
import { summariseStory } from "../report/story-list.js";
import { CorroborateError } from "../errors.js";
import { outcomeOf, type TaskOutcome } from "./task-outcome.js";

/**
 * The work sent to an analysis worker: each is one report or one story, start to finish. Extract
 * tasks (the article, or its text alone) are run by extract-task.ts, which loads none of the analysis stages; render tasks by
 * render-task.ts; the tasks that open the store's file themselves (`place`, and `stored story`,
 * a story task whose articles the worker reads) by store-task.ts; a posted body read as JSON by
 * json-task.ts.
 */
export type AnalysisTask =
  | { kind: "extract"; document: RawDocument }
  | { kind: "extract-text"; document: RawDocument }
  | { kind: "analyze"; document: RawDocument }
  | { kind: "prepare"; document: RawDocument }
  | { kind: "story"; storyId: string; articles: Article[] }
  | { kind: "stored story"; file: string; storyId: string }
  | { kind: "place"; file: string; report: ReadyReport }
  | { kind: "json"; bytes: ArrayBuffer }
  | { kind: "render"; name: string; view: EncodedStory; articles: Article[] };

/** A story's alignment as kept in a story view (store/aligned-codec.ts), the articles apart. */
export interface EncodedStory {
  reports: string[];
  aligned: string;
}

/** A stored story analysed and aligned: its summary for the list, and its alignment to keep. */
export interface PreparedStory extends EncodedStory {
  summary: StorySummary;
}

/**
 * An analysed report as it crosses back: its article without the language, which the main thread
 * detects if it is asked (lazy-language.ts; a structured clone would read the getter, and language
 * detection cost a tenth of a check that never shows it).
 */
export type AnalyzedFields = Omit<AnalyzedArticle, "article"> & { article: ArticleFields };

/**
 * What each task gives back. Only what the main thread needs crosses back: copying a long report's
 * analysis (hundreds of thousands of objects) into the main thread would stall it as long as
 * analysing a short one, so `prepare` gives what storing a report needs, packed in one buffer that
 * moves without a copy (store/packed-report.ts), and `story` the alignment already encoded as text.
 */
export interface TaskValues {
  extract: ArticleFields;
  "extract-text": ArticleText;
  analyze: AnalyzedFields;
  prepare: PackedReport;
  story: PreparedStory;
  /** Null when there is no such story. */
  "stored story": (PreparedStory & { revision: string }) | null;
  place: PlacedReport;
  /** A big JSON body read as a submission, a report's text as UTF-8 bytes (json-task.ts). */
  json: Submission;
  render: string;
}

export type AnalysisOnlyTask = Extract<AnalysisTask, { kind: "analyze" | "prepare" | "story" }>;

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
    case "prepare":
      return packReport(reportForStore(requireSentence(analyzeArticle(extractArticle(task.document)))));
    case "story":
      return prepareStory(alignStory(toStory(task.articles.map(analyzeArticle), task.storyId)));
  }
}

function prepareStory(aligned: AlignedStory): PreparedStory {
  return { summary: summariseStory(aligned), ...encodeAligned(aligned) };
}

function requireSentence(analyzed: AnalyzedArticle): AnalyzedArticle {
  const { source } = analyzed.article;
  const hasSentence = analyzed.sentences.some((s) => (s.text.match(WORD)?.length ?? 0) >= MIN_SENTENCE_WORDS);
  if (!hasSentence) throw new CorroborateError("E_NO_TEXT", "analyze", `${source}: no sentence to check (a report needs at least one sentence of ${MIN_SENTENCE_WORDS} words)`, source);
  return analyzed;
}
