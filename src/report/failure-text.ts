import type { InputFailure } from "../types.js";

/** "source: message", without repeating the source when the message already starts with it. */
export function describeFailure(failure: InputFailure): string {
  const prefix = `${failure.source}: `;
  return failure.message.startsWith(prefix) ? failure.message : prefix + failure.message;
}
