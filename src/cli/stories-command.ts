import { listStories, preparedSummaries } from "../pipeline.js";
import type { TimeBudget } from "../config.js";
import { renderStoryList, storiesToJson } from "../report/story-list.js";
import { EXIT, type CliIO } from "./io.js";
import { withStore } from "./store-access.js";

import type { StoriesFormat } from "./formats.js";

export { STORIES_FORMATS, type StoriesFormat } from "./formats.js";

/** `corroborate stories [--db FILE]`: every stored story with its dates and counts. */
export async function runStories(db: string, format: StoriesFormat, budget: TimeBudget, io: CliIO): Promise<number> {
  return withStore(db, false, io, async (store) => {
    const stories = await listStories(store, preparedSummaries(store, { budget }));
    io.stdout(format === "json" ? JSON.stringify(storiesToJson(stories), null, 2) + "\n" : renderStoryList(stories));
    return EXIT.OK;
  });
}
