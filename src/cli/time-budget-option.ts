import { InvalidArgumentError, Option } from "commander";
import { DEFAULT_OPTIONS, type TimeBudget } from "../config.js";
import { CorroborateError } from "../errors.js";

/** The environment variable that sets the time budget when --seconds-per-mb is not given. */
export const BUDGET_ENV = "CORROBORATE_SECONDS_PER_MB";

/** `--seconds-per-mb <s>`: how long one report may take to extract and analyse, per megabyte. */
export function timeBudgetOption(): Option {
  return new Option("--seconds-per-mb <s>", `time one report may take to extract and analyse, per MB (at least ${DEFAULT_OPTIONS.budget.minSeconds} s a report; default ${DEFAULT_OPTIONS.budget.secondsPerMb}, or $${BUDGET_ENV}); a slower report is skipped`).argParser(
    (text: string) => {
      const value = seconds(text);
      if (value === null) throw new InvalidArgumentError(BAD_SECONDS);
      return value;
    },
  );
}

/**
 * The budget from the option, else the environment, else the default. $CORROBORATE_MIN_SECONDS
 * sets the floor per report (config.ts), for a machine much slower than usual, or a test that
 * wants to see a budget run out on a small report.
 */
export function timeBudget(secondsPerMb: number | undefined, env: Record<string, string | undefined>): TimeBudget {
  return {
    secondsPerMb: secondsPerMb ?? fromEnv(env, BUDGET_ENV) ?? DEFAULT_OPTIONS.budget.secondsPerMb,
    // A user who grants more time per MB means every report to have more: the floor grows with it.
    minSeconds: fromEnv(env, MIN_SECONDS_ENV) ?? Math.max(DEFAULT_OPTIONS.budget.minSeconds, FLOOR_PER_SECOND_PER_MB * (secondsPerMb ?? 0)),
  };
}

export const MIN_SECONDS_ENV = "CORROBORATE_MIN_SECONDS";
/** The floor, in seconds, for each second per MB given with --seconds-per-mb. */
const FLOOR_PER_SECOND_PER_MB = 2.5;
const BAD_SECONDS = "give a number of seconds above 0 and at most 3600";

function fromEnv(env: Record<string, string | undefined>, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === "") return undefined;
  const value = seconds(text);
  if (value === null) throw new CorroborateError("E_BAD_ARGUMENT", "cli", `${name}=${text}: ${BAD_SECONDS}`);
  return value;
}

function seconds(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) && value > 0 && value <= 3600 ? value : null;
}
