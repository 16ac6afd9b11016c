import type { RawDocument } from "../types.js";
import { extractArticleFields, type ArticleFields } from "../extract/index.js";
import { outcomeOf, type TaskOutcome } from "./task-outcome.js";

/**
 * The extract task on its own: a worker that only extracts (`corroborate extract`) never loads
 * the analysis stages, whose modules and tagger model cost more than extracting a page.
 */
export function runExtractTask(task: { kind: "extract"; document: RawDocument }): TaskOutcome<ArticleFields> {
  return outcomeOf(() => extractArticleFields(task.document));
}
