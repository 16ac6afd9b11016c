import type { AlignedStory, Fact, Update } from "../types.js";

/** The timeline a fact's value is an earlier step of, when that count has moved on since. */
export function overtakenBy(aligned: AlignedStory, fact: Fact): Update | undefined {
  return aligned.updates.find((u) => u.key === fact.key && u.steps.some((step) => step.value === fact.value) && u.steps.at(-1)!.value !== fact.value);
}
