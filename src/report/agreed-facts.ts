import type { AlignedStory, Fact } from "../types.js";
import { rankFacts } from "./labels.js";

/** The facts every surface lists as agreed: corroborated, quotes aside, in the brief's order. */
export function agreedFacts(aligned: AlignedStory): Fact[] {
  return rankFacts(aligned.facts.filter((f) => f.status === "corroborated" && f.kind !== "quote"));
}
