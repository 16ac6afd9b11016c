import { isCorroborateError, type ErrorCode, type Stage } from "../errors.js";

/**
 * A task's answer as it crosses back from the worker. A CorroborateError travels as its fields
 * (a thread boundary keeps an Error's message but drops its code); any other error is a bug and is
 * thrown as it is.
 */
export type TaskOutcome<T> = { value: T } | { failure: { code: ErrorCode; stage: Stage; message: string; source?: string } };

export function outcomeOf<T>(run: () => T): TaskOutcome<T> {
  try {
    return { value: run() };
  } catch (error) {
    return failureOf(error);
  }
}

/** outcomeOf for a task that awaits (one that reads or writes the store). */
export async function settledOutcome<T>(run: () => Promise<T>): Promise<TaskOutcome<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    return failureOf(error);
  }
}

function failureOf(error: unknown): TaskOutcome<never> {
  if (!isCorroborateError(error)) throw error;
  return { failure: { code: error.code, stage: error.stage, message: error.message, source: error.source } };
}
