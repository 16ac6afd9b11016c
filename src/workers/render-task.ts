import type { Article } from "../types.js";
import { decodeAligned } from "../store/aligned-codec.js";
import { renderStory } from "../serve/stories/index.js";
import type { EncodedStory } from "./analysis-tasks.js";
import { outcomeOf, type TaskOutcome } from "./task-outcome.js";

/**
 * One rendering of a stored story (serve/story-renderings.ts), from its kept alignment: decoding
 * and rendering a story of a long report takes long enough to hold up every other reader, so the
 * server does it here. Loads the page code, none of the analysis stages.
 */
export function runRenderTask(task: { kind: "render"; name: string; view: EncodedStory; articles: Article[] }): TaskOutcome<string> {
  return outcomeOf(() => renderStory(task.name, decodeAligned(task.view, task.articles)));
}
