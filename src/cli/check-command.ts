import { writeFile } from "node:fs/promises";
import { checkInputs, type CheckResult } from "../pipeline.js";
import type { InputOptions } from "../ingest/index.js";
import { COLOR, PLAIN, renderBrief, renderMarkdown, toJsonReport } from "../report/index.js";
import { EXIT, type CliIO } from "./io.js";
import { reportFailures, reportWarnings } from "./failures.js";
import type { TimeBudget } from "../config.js";
import { terminalProgress } from "./progress.js";

import type { CheckFormat } from "./formats.js";

export { CHECK_FORMATS, type CheckFormat } from "./formats.js";

export interface CheckOptions {
  format: CheckFormat;
  output?: string;
  /** The time each report may take to extract and analyse; the default budget when not given. */
  budget?: TimeBudget;
}

/** `corroborate check INPUTS...`: the stateless pipeline, printed as a brief, JSON or Markdown. */
export async function runCheck(inputs: string[], options: CheckOptions, io: CliIO, inputOptions: Partial<InputOptions> = {}): Promise<number> {
  const progress = terminalProgress(io, "reading reports");
  const result = await checkInputs(inputs, { onProgress: progress.listener, budget: options.budget }, inputOptions);
  progress.finish();
  const rendered = render(result, options.format, io);
  if (options.output) await writeFile(options.output, rendered);
  else io.stdout(rendered);
  // Every format also names skipped inputs on stderr, where scripts and people look for problems.
  reportWarnings(result.warnings ?? [], io);
  reportFailures(result.failures, io);
  if (result.stories.length === 0) return EXIT.FAILED;
  return result.failures.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

function render(result: CheckResult, format: CheckFormat, io: CliIO): string {
  switch (format) {
    case "json":
      return JSON.stringify(toJsonReport(result), null, 2) + "\n";
    case "markdown":
      return renderMarkdown(result);
    case "text": {
      const colour = io.isTTY && !io.env.NO_COLOR;
      return renderBrief(result, colour ? COLOR : PLAIN);
    }
  }
}
