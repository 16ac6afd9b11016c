import { loadStory } from "../pipeline.js";
import { CorroborateError } from "../errors.js";
import { COLOR, PLAIN, renderBrief, renderMarkdown, toJsonReport } from "../report/index.js";
import { EXIT, type CliIO } from "./io.js";
import { withStore } from "./store-access.js";
import type { CheckFormat } from "./check-command.js";
import type { TimeBudget } from "../config.js";

/** `corroborate show STORY [--db FILE]`: the brief of one stored story, as `check` prints it. */
export async function runShow(storyId: string, db: string, format: CheckFormat, budget: TimeBudget, io: CliIO): Promise<number> {
  return withStore(db, false, io, async (store) => {
    const aligned = await loadStory(store, storyId, { budget });
    if (!aligned) throw new CorroborateError("E_NOT_FOUND", "store", `no story ${storyId} in ${store.location} (corroborate stories lists them)`);
    const result = { stories: [aligned], failures: [] };
    if (format === "json") io.stdout(JSON.stringify(toJsonReport(result), null, 2) + "\n");
    else if (format === "markdown") io.stdout(renderMarkdown(result));
    else io.stdout(renderBrief(result, io.isTTY && !io.env.NO_COLOR ? COLOR : PLAIN));
    return EXIT.OK;
  });
}
