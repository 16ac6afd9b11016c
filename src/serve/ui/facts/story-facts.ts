import type { AlignedStory, Fact } from "../../../types.js";
import { rankFacts } from "../../../report/labels.js";

/** The facts the brief lists as agreed: corroborated, quotes aside, in the brief's order. */
export function agreedFacts(aligned: AlignedStory): Fact[] {
  return rankFacts(aligned.facts.filter((f) => f.status === "corroborated" && f.kind !== "quote"));
}

/** Quotes that two or more independent reports carry. */
export function agreedQuotes(aligned: AlignedStory): Fact[] {
  return aligned.facts.filter((f) => f.status === "corroborated" && f.kind === "quote");
}
