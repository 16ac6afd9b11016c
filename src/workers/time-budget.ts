import type { Article } from "../types.js";
import type { TimeBudget } from "../config.js";
import { CorroborateError } from "../errors.js";

const BYTES_PER_MB = 1024 * 1024;

/** Milliseconds a report of this many bytes may take to extract and analyse. */
export function budgetMs(bytes: number, budget: TimeBudget): number {
  return Math.round(Math.max(budget.minSeconds, (budget.secondsPerMb * bytes) / BYTES_PER_MB) * 1000);
}

export function tooSlow(source: string, ms: number): CorroborateError {
  const seconds = Number((ms / 1000).toFixed(1));
  return new CorroborateError("E_TOO_SLOW", "analyze", `report ${source} took longer than ${seconds} s to analyse; skipped`, source);
}

/** The size a story's budget is counted from: the text of its articles. */
export function textBytes(articles: readonly Article[]): number {
  return articles.reduce((sum, a) => sum + a.text.length, 0);
}
