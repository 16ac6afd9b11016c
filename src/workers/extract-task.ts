import type { RawDocument } from "../types.js";
import { extractArticleFields, extractArticleText, type ArticleFields, type ArticleText } from "../extract/index.js";
import { outcomeOf, type TaskOutcome } from "./task-outcome.js";

export type ExtractTask = { kind: "extract" | "extract-text"; document: RawDocument };

/**
 * The extract tasks on their own: a worker that only extracts (`corroborate extract`) never loads
 * the analysis stages, whose modules and tagger model cost more than extracting a page. The text
 * alone crosses back when only the text is printed.
 */
export function runExtractTask(task: ExtractTask): TaskOutcome<ArticleFields | ArticleText> {
  return outcomeOf(() => (task.kind === "extract" ? extractArticleFields(task.document) : extractArticleText(task.document)));
}
