import type { AlignedStory, Fact } from "../../../types.js";

/** Quotes that two or more independent reports carry. */
export function agreedQuotes(aligned: AlignedStory): Fact[] {
  return aligned.facts.filter((f) => f.status === "corroborated" && f.kind === "quote");
}
